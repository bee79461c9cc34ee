-- Data quality (issue 11, part B): follow-ups, dormancy checks and their monthly sweep, nightly
-- quality snapshots. Packages com.lifeline.followup, .dormancy and .quality.

-- The customer's last interaction: a follow-up or a dormancy check's "still active" sets it. Until one
-- exists the first contact counts; last_contact_at is that answer, indexed for the sweep and the figures.
ALTER TABLE customer
    ADD COLUMN last_interaction_at DATETIME NULL,
    ADD COLUMN last_contact_at DATETIME AS (COALESCE(last_interaction_at, first_contact_at)) STORED,
    ADD INDEX ix_customer_status_last_contact (status, last_contact_at);

-- One interaction with a customer (跟进记录). participants, content and next_action are staff's words
-- about the customer: sealed with the customer's data key, deleted by the erasure.
CREATE TABLE follow_up (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id          BIGINT       NOT NULL,
    customer_number      VARCHAR(20)  NOT NULL,
    occurred_at          DATETIME     NOT NULL,
    method               VARCHAR(20)  NOT NULL,
    participants         TEXT         NOT NULL,
    content              TEXT         NOT NULL,
    next_action          TEXT         NULL,
    next_action_on       DATE         NULL,
    recorded_by          VARCHAR(64)  NOT NULL,
    recorded_at          DATETIME     NOT NULL,
    CONSTRAINT fk_follow_up_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    INDEX ix_follow_up_customer (customer_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A data steward's dormancy check of one customer (dormancy-check.bpmn). open_customer_id allows one
-- open check per customer, so neither a second sweep nor a resumed one starts a duplicate.
CREATE TABLE dormancy_check (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id          BIGINT       NOT NULL,
    customer_number      VARCHAR(20)  NOT NULL,
    sweep_id             BIGINT       NULL,
    status               VARCHAR(20)  NOT NULL,
    note                 TEXT         NULL,
    decided_by           VARCHAR(64)  NULL,
    process_instance_id  VARCHAR(64)  NULL,
    started_at           DATETIME     NOT NULL,
    decided_at           DATETIME     NULL,
    open_customer_id     BIGINT GENERATED ALWAYS AS (CASE WHEN status = 'OPEN' THEN customer_id END) STORED,
    CONSTRAINT uq_dormancy_check_open UNIQUE (open_customer_id),
    INDEX ix_dormancy_check_customer (customer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- One run of the monthly sweep. It walks customers by id; last_customer_id is committed with each
-- batch, so a run stopped (or crashed) resumes after it. At most one run is unfinished.
CREATE TABLE dormancy_sweep (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    silent_since         DATETIME     NOT NULL,
    started_at           DATETIME     NOT NULL,
    finished_at          DATETIME     NULL,
    last_customer_id     BIGINT       NOT NULL DEFAULT 0,
    checks_started       INT          NOT NULL DEFAULT 0,
    unfinished           TINYINT GENERATED ALWAYS AS (CASE WHEN finished_at IS NULL THEN 1 END) STORED,
    CONSTRAINT uq_dormancy_sweep_unfinished UNIQUE (unfinished)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The data-quality figures of one day, per department and overall (department_id ''), for the trend.
CREATE TABLE quality_snapshot (
    taken_on                DATE          NOT NULL,
    department_id           VARCHAR(32)   NOT NULL,
    customers               INT           NOT NULL,
    required_fields         INT           NOT NULL,
    required_fields_filled  INT           NOT NULL,
    active_customers        INT           NOT NULL,
    silent_over_month       INT           NOT NULL,
    contacts                INT           NOT NULL,
    invalid_contacts        INT           NOT NULL,
    fewer_than_two_valid    INT           NOT NULL,
    overdue_verifications   INT           NOT NULL,
    review_sla_breaches     INT           NOT NULL,
    late_entries            INT           NOT NULL,
    taken_at                DATETIME      NOT NULL,
    PRIMARY KEY (taken_on, department_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
