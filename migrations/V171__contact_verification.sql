-- Quarterly re-verification of emergency contacts (contact-verification.bpmn, package com.lifeline.reverification).

-- One run of the sweep that starts the quarter's verifications. last_customer_id is its cursor: a run
-- stopped by a crash or a shutdown carries on after it. open_quarter: one unfinished run per quarter.
CREATE TABLE verification_sweep (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    quarter_start     DATE         NOT NULL,
    total             INT          NOT NULL,
    examined          INT          NOT NULL DEFAULT 0,
    started           INT          NOT NULL DEFAULT 0,
    last_customer_id  BIGINT       NOT NULL DEFAULT 0,
    started_at        DATETIME(3)  NOT NULL,
    updated_at        DATETIME(3)  NOT NULL,
    finished_at       DATETIME(3)  NULL,
    open_quarter      DATE GENERATED ALWAYS AS (CASE WHEN finished_at IS NULL THEN quarter_start END) STORED,
    CONSTRAINT uq_verification_sweep_open UNIQUE (open_quarter)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- One customer's verification in one quarter. The sweep inserts it with one INSERT IGNORE: the unique
-- keys (one per customer and quarter; one open per customer) make a second start impossible, whoever
-- tries (a resumed sweep, a second node, a fire-now while it runs).
CREATE TABLE contact_verification (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id       BIGINT       NOT NULL,
    customer_number   VARCHAR(20)  NOT NULL,
    quarter_start     DATE         NOT NULL,
    sweep_id          BIGINT       NULL,
    status            VARCHAR(20)  NOT NULL,
    started_at        DATETIME     NOT NULL,
    completed_at      DATETIME     NULL,
    completed_by      VARCHAR(64)  NULL,
    open_customer_id  BIGINT GENERATED ALWAYS AS (CASE WHEN status = 'OPEN' THEN customer_id END) STORED,
    CONSTRAINT uq_contact_verification_quarter UNIQUE (customer_id, quarter_start),
    CONSTRAINT uq_contact_verification_open UNIQUE (open_customer_id),
    INDEX ix_contact_verification_status (status, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Per contact: confirmed / changed / unreachable, and how it was checked (CALL, LINK). Codes only.
CREATE TABLE contact_verification_outcome (
    verification_id   BIGINT       NOT NULL,
    contact_id        BIGINT       NOT NULL,
    customer_id       BIGINT       NOT NULL,
    outcome           VARCHAR(20)  NOT NULL,
    method            VARCHAR(10)  NOT NULL,
    recorded_by       VARCHAR(64)  NOT NULL,
    recorded_at       DATETIME     NOT NULL,
    PRIMARY KEY (verification_id, contact_id),
    INDEX ix_verification_outcome_customer (customer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- the sweep's candidate query walks ACTIVE customers by id
CREATE INDEX ix_customer_status_id ON customer (status, id);
