-- Deletion approval and erasure (deletion-approval.bpmn, package com.lifeline.deletion).

-- Facts a deletion depends on: when the contract ended (the retention sweep), and a legal hold that
-- keeps the customer from being erased (set by compliance).
ALTER TABLE customer
    ADD COLUMN contract_ended_on DATE NULL,
    ADD COLUMN legal_hold BOOLEAN NOT NULL DEFAULT FALSE,
    ADD INDEX ix_customer_contract_ended (contract_ended_on);

-- A request to delete one customer. evidence and decision_reason are staff's or the customer's own
-- words: sealed with the customer's data key, and emptied by the erasure. open_customer_id allows one
-- open request per customer (a second one is refused by the unique key, also under concurrency).
CREATE TABLE deletion_request (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id          BIGINT       NOT NULL,
    customer_number      VARCHAR(20)  NOT NULL,
    reason               VARCHAR(32)  NOT NULL,
    evidence             TEXT         NULL,
    requested_by         VARCHAR(64)  NOT NULL,
    source               VARCHAR(20)  NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    hold_reason          VARCHAR(200) NULL,
    decided_by           VARCHAR(64)  NULL,
    decision_reason      TEXT         NULL,
    process_instance_id  VARCHAR(64)  NULL,
    requested_at         DATETIME     NOT NULL,
    decided_at           DATETIME     NULL,
    closed_at            DATETIME     NULL,
    open_customer_id     BIGINT GENERATED ALWAYS AS
        (CASE WHEN status IN ('AWAITING_APPROVAL', 'APPROVED') THEN customer_id END) STORED,
    CONSTRAINT uq_deletion_request_open UNIQUE (open_customer_id),
    INDEX ix_deletion_request_customer (customer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- What remains of an erased customer: no personal data, written once (unique customer number).
-- customer_id lets every node destroy the customer's erasure key again after a crash or a restore.
CREATE TABLE destruction_record (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_number      VARCHAR(20)  NOT NULL,
    customer_id          BIGINT       NOT NULL,
    deletion_request_id  BIGINT       NOT NULL,
    reason               VARCHAR(32)  NOT NULL,
    requested_by         VARCHAR(64)  NOT NULL,
    approved_by          VARCHAR(64)  NOT NULL,
    requested_at         DATETIME     NOT NULL,
    approved_at          DATETIME     NOT NULL,
    erased_at            DATETIME     NOT NULL,
    categories           VARCHAR(1000) NOT NULL,
    CONSTRAINT uq_destruction_record_customer UNIQUE (customer_number),
    CONSTRAINT uq_destruction_record_request UNIQUE (deletion_request_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A message to an erased customer (the outcome of their own request) keeps its address only until
-- it is delivered.
ALTER TABLE outbox ADD COLUMN forget_when_done BOOLEAN NOT NULL DEFAULT FALSE;
