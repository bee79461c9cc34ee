-- How and by whom a contact was last confirmed (verification_status says CONFIRMED, or UNREACHABLE once
-- someone could not reach it): the customer's link, a call note, a change confirmation.
ALTER TABLE emergency_contact
    ADD COLUMN verification_method VARCHAR(20) NULL,
    ADD COLUMN verified_by         VARCHAR(64) NULL;
