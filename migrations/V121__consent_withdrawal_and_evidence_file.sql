-- Consent per purpose can be withdrawn: a withdrawal appends a row (the purposes still consented, on the
-- same channel and evidence) naming the purpose it withdrew and how the withdrawal came; the row before
-- is marked superseded. given_at is when a row was recorded.
ALTER TABLE consent
    ADD COLUMN withdrawn_purpose VARCHAR(32) NULL,
    ADD COLUMN withdrawn_via     VARCHAR(20) NULL,
    ADD INDEX ix_consent_contact_current (contact_id, superseded_at);

-- The history stays as recorded, the new columns included (V71's rule, re-declared with them).
DROP TRIGGER consent_only_marked;
CREATE TRIGGER consent_only_marked BEFORE UPDATE ON consent FOR EACH ROW
BEGIN
    IF NOT (NEW.id <=> OLD.id AND NEW.customer_id <=> OLD.customer_id AND NEW.contact_id <=> OLD.contact_id
            AND NEW.purpose_service <=> OLD.purpose_service AND NEW.purpose_emergency <=> OLD.purpose_emergency
            AND NEW.purpose_marketing <=> OLD.purpose_marketing AND NEW.channel <=> OLD.channel
            AND NEW.evidence_ref <=> OLD.evidence_ref AND NEW.given_at <=> OLD.given_at
            AND NEW.collected_by <=> OLD.collected_by
            AND NEW.withdrawn_purpose <=> OLD.withdrawn_purpose AND NEW.withdrawn_via <=> OLD.withdrawn_via
            AND (OLD.superseded_at IS NULL OR NEW.superseded_at <=> OLD.superseded_at)
            AND (OLD.superseded_by IS NULL OR NEW.superseded_by <=> OLD.superseded_by)
            AND (OLD.withdrawn_at IS NULL OR NEW.withdrawn_at <=> OLD.withdrawn_at)) THEN
        SIGNAL SQLSTATE '45000'
            SET MESSAGE_TEXT = 'consent is append-only: only superseded_at, superseded_by and withdrawn_at may be set, once';
    END IF;
END;

-- A signed consent letter (PDF, JPEG or PNG, recognised by its bytes), sealed with the customer's data key;
-- deleted with the customer by the erasure. One file per consent row.
CREATE TABLE consent_evidence_file (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consent_id     BIGINT      NOT NULL,
    customer_id    BIGINT      NOT NULL,
    content_type   VARCHAR(40) NOT NULL,
    size_bytes     INT         NOT NULL,
    sealed_content LONGBLOB    NOT NULL,
    uploaded_by    VARCHAR(64) NOT NULL,
    uploaded_at    DATETIME    NOT NULL,
    CONSTRAINT fk_evidence_consent FOREIGN KEY (consent_id) REFERENCES consent (id),
    CONSTRAINT fk_evidence_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    UNIQUE INDEX ux_evidence_consent (consent_id),
    INDEX ix_evidence_customer (customer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
