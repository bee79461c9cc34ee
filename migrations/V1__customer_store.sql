-- Customer store: org chart, customers, emergency contacts, consent, numbering, change log, audit.
-- Camunda manages its own ACT_* tables; everything else is created here.

CREATE TABLE org_department (
    id            VARCHAR(32)  NOT NULL PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    head_user_id  VARCHAR(64)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE org_team (
    id             VARCHAR(32)  NOT NULL PRIMARY KEY,
    department_id  VARCHAR(32)  NOT NULL,
    name           VARCHAR(100) NOT NULL,
    CONSTRAINT fk_team_department FOREIGN KEY (department_id) REFERENCES org_department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- one row per employee; user ids are Camunda user ids
CREATE TABLE org_member (
    user_id             VARCHAR(64) NOT NULL PRIMARY KEY,
    team_id             VARCHAR(32) NOT NULL,
    supervisor_user_id  VARCHAR(64) NULL,
    CONSTRAINT fk_member_team FOREIGN KEY (team_id) REFERENCES org_team (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- an entry being worked on (submitted, corrected, resolved); keeps form data out of the engine
CREATE TABLE entry_draft (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entrant      VARCHAR(64)  NOT NULL,
    payload      MEDIUMTEXT   NOT NULL,
    customer_id  BIGINT       NULL,
    status       VARCHAR(20)  NOT NULL,
    created_at   DATETIME     NOT NULL,
    updated_at   DATETIME     NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE customer_number_sequence (
    region_code  VARCHAR(8) NOT NULL,
    year         INT        NOT NULL,
    last_serial  INT        NOT NULL,
    PRIMARY KEY (region_code, year)
) ENGINE = InnoDB;

CREATE TABLE customer (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_number   VARCHAR(20)   NOT NULL,
    region_code       VARCHAR(8)    NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    name_key          VARCHAR(200)  NOT NULL,
    phone             VARCHAR(32)   NULL,
    email             VARCHAR(254)  NULL,
    province          VARCHAR(50)   NOT NULL,
    city              VARCHAR(50)   NOT NULL,
    district          VARCHAR(50)   NOT NULL,
    street            VARCHAR(100)  NOT NULL,
    street_number     VARCHAR(30)   NOT NULL,
    needs             VARCHAR(2000) NOT NULL,
    first_contact_at  DATETIME      NOT NULL,
    source_type       VARCHAR(32)   NOT NULL,
    industry          VARCHAR(50)   NOT NULL,
    owner_user_id     VARCHAR(64)   NOT NULL,
    company_size      VARCHAR(32)   NULL,
    preferences       VARCHAR(1000) NULL,
    history_notes     VARCHAR(2000) NULL,
    tags              VARCHAR(500)  NULL,
    status            VARCHAR(20)   NOT NULL,
    late_entry        BOOLEAN       NOT NULL,
    entry_id          BIGINT        NULL,
    created_by        VARCHAR(64)   NOT NULL,
    created_at        DATETIME      NOT NULL,
    updated_at        DATETIME      NOT NULL,
    CONSTRAINT uq_customer_number UNIQUE (customer_number),
    INDEX ix_customer_name_key (name_key),
    INDEX ix_customer_phone (phone),
    INDEX ix_customer_email (email),
    INDEX ix_customer_owner (owner_user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE emergency_contact (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id          BIGINT       NOT NULL,
    name                 VARCHAR(100) NOT NULL,
    name_key             VARCHAR(100) NOT NULL,
    relation             VARCHAR(32)  NOT NULL,
    phone                VARCHAR(32)  NOT NULL,
    email                VARCHAR(254) NULL,
    wechat               VARCHAR(64)  NULL,
    authorisation_scope  VARCHAR(500) NOT NULL,
    priority             INT          NOT NULL,
    reachable_24h        BOOLEAN      NOT NULL,
    informed             BOOLEAN      NOT NULL,
    last_verified_at     DATETIME     NULL,
    verification_status  VARCHAR(20)  NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    created_at           DATETIME     NOT NULL,
    CONSTRAINT fk_contact_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    INDEX ix_contact_phone (phone),
    INDEX ix_contact_email (email),
    INDEX ix_contact_name_phone (name_key, phone)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- whose data (the customer, or one contact), for which purposes, how it was given and by whom
CREATE TABLE consent (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id         BIGINT       NOT NULL,
    contact_id          BIGINT       NULL,
    purpose_service     BOOLEAN      NOT NULL,
    purpose_emergency   BOOLEAN      NOT NULL,
    purpose_marketing   BOOLEAN      NOT NULL,
    channel             VARCHAR(20)  NOT NULL,
    evidence_ref        VARCHAR(200) NOT NULL,
    given_at            DATETIME     NOT NULL,
    collected_by        VARCHAR(64)  NOT NULL,
    withdrawn_at        DATETIME     NULL,
    CONSTRAINT fk_consent_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_consent_contact FOREIGN KEY (contact_id) REFERENCES emergency_contact (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- before/after of every change; values of sensitive fields get encrypted by a later migration
CREATE TABLE change_log (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id  BIGINT        NOT NULL,
    field        VARCHAR(64)   NOT NULL,
    old_value    VARCHAR(2000) NULL,
    new_value    VARCHAR(2000) NULL,
    reason       VARCHAR(500)  NOT NULL,
    operator     VARCHAR(64)   NOT NULL,
    changed_at   DATETIME      NOT NULL,
    INDEX ix_change_customer (customer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- append-only: who did what to which customer (number and field names, never values)
CREATE TABLE audit_log (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at      DATETIME     NOT NULL,
    actor            VARCHAR(64)  NOT NULL,
    action           VARCHAR(32)  NOT NULL,
    customer_number  VARCHAR(20)  NULL,
    detail           VARCHAR(500) NULL,
    source_ip        VARCHAR(64)  NULL,
    INDEX ix_audit_customer (customer_number),
    INDEX ix_audit_actor (actor, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- the signed link a customer answers after approval
CREATE TABLE customer_confirmation (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id          BIGINT        NOT NULL,
    status               VARCHAR(24)   NOT NULL,
    expires_at           DATETIME      NOT NULL,
    created_at           DATETIME      NOT NULL,
    answered_at          DATETIME      NULL,
    correction_request   VARCHAR(2000) NULL,
    CONSTRAINT fk_confirmation_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE review_escalation (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id     BIGINT      NOT NULL,
    task_id         VARCHAR(64) NOT NULL,
    escalated_to    VARCHAR(64) NOT NULL,
    escalated_at    DATETIME    NOT NULL,
    CONSTRAINT fk_escalation_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
