-- A contact's own answer to a quarterly verification: the signed link the owner sent them (the token
-- names this row's id). Ids and times only; erased with the customer.
CREATE TABLE contact_verification_link (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    verification_id   BIGINT       NOT NULL,
    contact_id        BIGINT       NOT NULL,
    customer_id       BIGINT       NOT NULL,
    sent_by           VARCHAR(64)  NOT NULL,
    sent_at           DATETIME     NOT NULL,
    expires_at        DATETIME     NOT NULL,
    answered_at       DATETIME     NULL,
    INDEX ix_verification_link_customer (customer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
