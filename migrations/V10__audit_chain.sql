-- Tamper-evident audit log: every entry carries the hash of the previous one
-- (com.lifeline.audit.AuditChain). Entries written before this migration stay unchained:
-- the chain's anchor starts after them.

ALTER TABLE audit_log
    ADD COLUMN prev_hash CHAR(64) NULL,
    ADD COLUMN hash      CHAR(64) NULL,
    ADD INDEX ix_audit_time (occurred_at),
    ADD INDEX ix_audit_action (action, occurred_at);

-- The chain's one row. Appends lock it (SELECT ... FOR UPDATE) inside the caller's transaction,
-- so entries get consecutive ids and each sees the previous hash; a rolled-back caller leaves no gap.
-- anchor_*: the last entry before the verifiable part of the chain (the last purged one, or the
-- last entry that predates chaining); verification starts at anchor_id + 1 expecting anchor_hash.
CREATE TABLE audit_chain_head (
    id           TINYINT   NOT NULL PRIMARY KEY,
    last_id      BIGINT    NOT NULL,
    last_hash    CHAR(64)  NOT NULL,
    anchor_id    BIGINT    NOT NULL,
    anchor_hash  CHAR(64)  NOT NULL,
    purged_at    DATETIME  NULL,
    CONSTRAINT ck_audit_chain_head_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

INSERT INTO audit_chain_head (id, last_id, last_hash, anchor_id, anchor_hash)
SELECT 1, COALESCE(MAX(id), 0), REPEAT('0', 64), COALESCE(MAX(id), 0), REPEAT('0', 64)
FROM audit_log;
