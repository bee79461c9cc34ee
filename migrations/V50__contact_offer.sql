-- Contacts an entrant offers to another team's customer (a duplicate outside the entrant's scope).
-- They wait here, sealed with that customer's data key (like emergency_contact), until its owner
-- accepts them (they become emergency contacts) or rejects them (with a reason); either way the
-- payload is then cleared. The row stays as the record of who offered what count, and the decision.
CREATE TABLE contact_offer (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id          BIGINT       NOT NULL,
    entry_id             BIGINT       NOT NULL,
    offered_by           VARCHAR(64)  NOT NULL,
    payload              MEDIUMTEXT   NULL,
    contact_count        INT          NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    decided_by           VARCHAR(64)  NULL,
    decision_reason      VARCHAR(500) NULL,
    contacts_added       INT          NULL,
    created_at           DATETIME     NOT NULL,
    decided_at           DATETIME     NULL,
    process_instance_id  VARCHAR(64)  NULL,
    CONSTRAINT fk_contact_offer_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    INDEX ix_contact_offer_customer (customer_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
