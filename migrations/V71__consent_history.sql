-- Consent is a legal record: a correction no longer deletes consent rows (and their evidence) but
-- appends new ones and marks the ones they replace. superseded_by: the customer's own consent row
-- written by the correction that replaced this one. The emergency contacts those old consents cover
-- stay too (consent.contact_id points at them), marked the same way, and are no longer listed.
ALTER TABLE consent
    ADD COLUMN superseded_at DATETIME NULL,
    ADD COLUMN superseded_by BIGINT   NULL,
    ADD CONSTRAINT fk_consent_superseded_by FOREIGN KEY (superseded_by) REFERENCES consent (id),
    ADD INDEX ix_consent_customer_current (customer_id, superseded_at);

ALTER TABLE emergency_contact
    ADD COLUMN superseded_at DATETIME NULL,
    ADD INDEX ix_contact_customer_current (customer_id, superseded_at);

-- The database keeps the history too: a consent row may only get superseded_at/superseded_by or
-- withdrawn_at, each once; everything it recorded stays as it was.
CREATE TRIGGER consent_only_marked BEFORE UPDATE ON consent FOR EACH ROW
BEGIN
    IF NOT (NEW.id <=> OLD.id AND NEW.customer_id <=> OLD.customer_id AND NEW.contact_id <=> OLD.contact_id
            AND NEW.purpose_service <=> OLD.purpose_service AND NEW.purpose_emergency <=> OLD.purpose_emergency
            AND NEW.purpose_marketing <=> OLD.purpose_marketing AND NEW.channel <=> OLD.channel
            AND NEW.evidence_ref <=> OLD.evidence_ref AND NEW.given_at <=> OLD.given_at
            AND NEW.collected_by <=> OLD.collected_by
            AND (OLD.superseded_at IS NULL OR NEW.superseded_at <=> OLD.superseded_at)
            AND (OLD.superseded_by IS NULL OR NEW.superseded_by <=> OLD.superseded_by)
            AND (OLD.withdrawn_at IS NULL OR NEW.withdrawn_at <=> OLD.withdrawn_at)) THEN
        SIGNAL SQLSTATE '45000'
            SET MESSAGE_TEXT = 'consent is append-only: only superseded_at, superseded_by and withdrawn_at may be set, once';
    END IF;
END;

-- Deleting consent belongs to the erasure of a customer (deletion approval), which must set
-- @lifeline_erasure = 1 on its connection for that transaction.
CREATE TRIGGER consent_no_delete BEFORE DELETE ON consent FOR EACH ROW
BEGIN
    IF COALESCE(@lifeline_erasure, 0) <> 1 THEN
        SIGNAL SQLSTATE '45000'
            SET MESSAGE_TEXT = 'consent is append-only: rows are deleted by the erasure of a customer only';
    END IF;
END;
