-- Phones, emails, WeChat ids, consent evidence and change-log values of those fields are stored
-- encrypted (Tink AEAD, one data key per customer). Exact-match lookups use HMAC blind indexes.

CREATE TABLE customer_key (
    customer_id  BIGINT         NOT NULL PRIMARY KEY,
    wrapped_key  VARBINARY(1024) NOT NULL,
    created_at   DATETIME       NOT NULL,
    CONSTRAINT fk_key_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB;

ALTER TABLE customer
    DROP INDEX ix_customer_phone,
    DROP INDEX ix_customer_email,
    MODIFY phone VARCHAR(255) NULL,
    MODIFY email VARCHAR(700) NULL,
    ADD COLUMN phone_index CHAR(64) NULL AFTER email,
    ADD COLUMN email_index CHAR(64) NULL AFTER phone_index,
    ADD INDEX ix_customer_phone_index (phone_index),
    ADD INDEX ix_customer_email_index (email_index);

ALTER TABLE emergency_contact
    DROP INDEX ix_contact_phone,
    DROP INDEX ix_contact_email,
    DROP INDEX ix_contact_name_phone,
    MODIFY phone VARCHAR(255) NOT NULL,
    MODIFY email VARCHAR(700) NULL,
    MODIFY wechat VARCHAR(255) NULL,
    ADD COLUMN phone_index CHAR(64) NOT NULL AFTER phone,
    ADD INDEX ix_contact_phone_index (phone_index),
    ADD INDEX ix_contact_name_phone_index (name_key, phone_index);

ALTER TABLE consent MODIFY evidence_ref VARCHAR(700) NOT NULL;

ALTER TABLE change_log
    MODIFY old_value TEXT NULL,
    MODIFY new_value TEXT NULL,
    ADD COLUMN encrypted BOOLEAN NOT NULL DEFAULT FALSE;
