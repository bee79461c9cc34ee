-- "Informed" (知情: the contact knows they are listed) as the contact said it themselves: a contact who
-- confirms on their own signed link (quarterly re-verification) gets a consent row appended with
-- informed_via = 'CONTACT_LINK' (the purposes, channel and evidence of the row before; that row is
-- marked superseded). NULL: informed as staff recorded it when they collected the consent. Later rows
-- (a withdrawal, a renewal) carry it on. A withdrawal may now also come through the contact's own link
-- (withdrawn_via = 'CONTACT_LINK'), which needs no schema change.
ALTER TABLE consent
    ADD COLUMN informed_via VARCHAR(20) NULL;

-- The history stays as recorded, the new column included (V121's rule, re-declared with it).
DROP TRIGGER consent_only_marked;
CREATE TRIGGER consent_only_marked BEFORE UPDATE ON consent FOR EACH ROW
BEGIN
    IF NOT (NEW.id <=> OLD.id AND NEW.customer_id <=> OLD.customer_id AND NEW.contact_id <=> OLD.contact_id
            AND NEW.purpose_service <=> OLD.purpose_service AND NEW.purpose_emergency <=> OLD.purpose_emergency
            AND NEW.purpose_marketing <=> OLD.purpose_marketing AND NEW.channel <=> OLD.channel
            AND NEW.evidence_ref <=> OLD.evidence_ref AND NEW.given_at <=> OLD.given_at
            AND NEW.collected_by <=> OLD.collected_by
            AND NEW.withdrawn_purpose <=> OLD.withdrawn_purpose AND NEW.withdrawn_via <=> OLD.withdrawn_via
            AND NEW.informed_via <=> OLD.informed_via
            AND (OLD.superseded_at IS NULL OR NEW.superseded_at <=> OLD.superseded_at)
            AND (OLD.superseded_by IS NULL OR NEW.superseded_by <=> OLD.superseded_by)
            AND (OLD.withdrawn_at IS NULL OR NEW.withdrawn_at <=> OLD.withdrawn_at)) THEN
        SIGNAL SQLSTATE '45000'
            SET MESSAGE_TEXT = 'consent is append-only: only superseded_at, superseded_by and withdrawn_at may be set, once';
    END IF;
END;
