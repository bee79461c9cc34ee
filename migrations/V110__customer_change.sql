-- Changing a customer after entry (customer-change.bpmn, package com.lifeline.change).

-- Optimistic locking: every change of a customer or its contacts raises the version; a writer that
-- read an older one is refused (409) instead of overwriting what someone else just saved.
ALTER TABLE customer ADD COLUMN version INT NOT NULL DEFAULT 0;

-- Which change (and which process instance) wrote a change-log row.
ALTER TABLE change_log
    ADD COLUMN change_id BIGINT NULL,
    ADD COLUMN process_instance_id VARCHAR(64) NULL;

-- One change of one customer: the proposed record as the operator typed it (sealed with the
-- customer's data key) until its key fields are confirmed or refused, the customer's remark and the
-- owner's call note (sealed too). reason_text is staff's own words for reason OTHER.
-- pending_customer_id allows one change waiting for the customer per customer.
CREATE TABLE customer_change (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id          BIGINT       NOT NULL,
    customer_number      VARCHAR(20)  NOT NULL,
    reason               VARCHAR(32)  NOT NULL,
    reason_text          VARCHAR(500) NULL,
    proposal             MEDIUMTEXT   NULL,
    base_version         INT          NOT NULL,
    status               VARCHAR(24)  NOT NULL,
    requested_by         VARCHAR(64)  NOT NULL,
    correction_id        BIGINT       NULL,
    process_instance_id  VARCHAR(64)  NULL,
    customer_remark      TEXT         NULL,
    confirmed_via        VARCHAR(16)  NULL,
    call_note            TEXT         NULL,
    decided_by           VARCHAR(64)  NULL,
    created_at           DATETIME     NOT NULL,
    decided_at           DATETIME     NULL,
    pending_customer_id  BIGINT GENERATED ALWAYS AS
        (CASE WHEN status = 'PENDING_CONFIRMATION' THEN customer_id END) STORED,
    CONSTRAINT uq_customer_change_pending UNIQUE (pending_customer_id),
    CONSTRAINT fk_customer_change_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    INDEX ix_customer_change_customer (customer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
