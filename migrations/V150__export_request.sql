-- Export approval (export-approval.bpmn, package com.lifeline.export).

-- One export: what was asked (filter, fields, purpose, period, safeguards), who must approve (from
-- export-approvers.dmn), the outcome and the file. The archive's password is never stored: it is shown
-- to the requester once, when the archive is made. purpose and safeguards are staff's words about the
-- use, not about a customer.
CREATE TABLE export_request (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    requested_by         VARCHAR(64)  NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    format               VARCHAR(8)   NOT NULL,
    usage_purpose        VARCHAR(32)  NOT NULL,
    fields               VARCHAR(1000) NOT NULL,
    filter_summary       VARCHAR(1000) NOT NULL,
    purpose              VARCHAR(1000) NOT NULL,
    safeguards           VARCHAR(1000) NOT NULL,
    period_days          INT          NOT NULL,
    unmask_requested     BOOLEAN      NOT NULL,
    masked               BOOLEAN      NOT NULL DEFAULT TRUE,
    record_count         INT          NOT NULL,
    head_approval        BOOLEAN      NOT NULL DEFAULT FALSE,
    committee_group      VARCHAR(64)  NULL,
    process_instance_id  VARCHAR(64)  NULL,
    requested_at         DATETIME     NOT NULL,
    decided_at           DATETIME     NULL,
    expires_at           DATETIME     NULL,
    file_name            VARCHAR(200) NULL,
    file_created_at      DATETIME     NULL,
    downloads            INT          NOT NULL DEFAULT 0,
    purged_at            DATETIME     NULL,
    INDEX ix_export_request_requester (requested_by, requested_at),
    INDEX ix_export_request_status (status, expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The customers an export holds, fixed when it is requested (approvers approve exactly these). While the
-- export is open they keep the customer from deletion; the erasure removes the customer's rows.
CREATE TABLE export_item (
    export_id            BIGINT       NOT NULL,
    customer_id          BIGINT       NOT NULL,
    PRIMARY KEY (export_id, customer_id),
    INDEX ix_export_item_customer (customer_id),
    CONSTRAINT fk_export_item_request FOREIGN KEY (export_id) REFERENCES export_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Each approver's decision; reason is the approver's words about the use.
CREATE TABLE export_decision (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    export_id            BIGINT       NOT NULL,
    step                 VARCHAR(20)  NOT NULL,
    decided_by           VARCHAR(64)  NOT NULL,
    decision             VARCHAR(20)  NOT NULL,
    reason               VARCHAR(1000) NOT NULL,
    decided_at           DATETIME     NOT NULL,
    CONSTRAINT uq_export_decision_step UNIQUE (export_id, step),
    CONSTRAINT fk_export_decision_request FOREIGN KEY (export_id) REFERENCES export_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- At most one compliance review per user and day (export-anomaly-review.bpmn).
CREATE TABLE export_anomaly (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id              VARCHAR(64)  NOT NULL,
    day                  DATE         NOT NULL,
    rule_broken          VARCHAR(200) NOT NULL,
    outcome              VARCHAR(20)  NULL,
    process_instance_id  VARCHAR(64)  NULL,
    flagged_at           DATETIME     NOT NULL,
    CONSTRAINT uq_export_anomaly_day UNIQUE (user_id, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
