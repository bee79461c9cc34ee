-- A customer's own erasure request (the confirmation link's 申请删除我的资料) is confirmed by a one-time
-- code sent to the channel the customer registered. Only the code's keyed hash is kept; 5 tries, 15 minutes.
CREATE TABLE erasure_code (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id  BIGINT      NOT NULL,
    code_hash    CHAR(64)    NOT NULL,
    attempts     INT         NOT NULL,
    expires_at   DATETIME    NOT NULL,
    created_at   DATETIME    NOT NULL,
    used_at      DATETIME    NULL,
    INDEX ix_erasure_code_customer (customer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
