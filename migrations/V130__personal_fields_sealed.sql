-- Every personal field of a customer and its contacts is now encrypted with the customer's data key
-- (names of people, addresses, needs, preferences, notes, tags, contacts' names and authorisation
-- scopes, correction requests), so destroying that key leaves nothing readable. Ciphertext is longer
-- than the text: the columns become TEXT. V131 (a Java migration, com.lifeline.customer) seals the rows
-- written before.
-- Searchable by blind index instead: name_index = HMAC of the normalised name (exact match). name_key
-- stays in clear for companies only (a registered company name is not personal data).
ALTER TABLE customer
    MODIFY name TEXT NOT NULL,
    MODIFY name_key VARCHAR(200) NULL,
    ADD COLUMN name_index CHAR(64) NULL AFTER name_key,
    MODIFY province TEXT NOT NULL,
    MODIFY city TEXT NOT NULL,
    MODIFY district TEXT NOT NULL,
    MODIFY street TEXT NOT NULL,
    MODIFY street_number TEXT NOT NULL,
    MODIFY needs TEXT NOT NULL,
    MODIFY preferences TEXT NULL,
    MODIFY history_notes TEXT NULL,
    MODIFY tags TEXT NULL,
    ADD INDEX ix_customer_name_index (name_index);

ALTER TABLE emergency_contact
    DROP INDEX ix_contact_name_phone_index,
    MODIFY name TEXT NOT NULL,
    MODIFY name_key VARCHAR(100) NULL,
    ADD COLUMN name_index CHAR(64) NULL AFTER name_key,
    MODIFY authorisation_scope TEXT NOT NULL,
    ADD INDEX ix_contact_name_phone_index (name_index, phone_index);

ALTER TABLE customer_confirmation MODIFY correction_request TEXT NULL;
