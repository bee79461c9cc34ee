-- Time-limited access to one customer outside the user's own scope (process 9, access-request.bpmn).
-- A row is active while granted_at <= now < expires_at and revoked_at IS NULL.
CREATE TABLE access_grant (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id              VARCHAR(64)  NOT NULL,
    customer_id          BIGINT       NOT NULL,
    reason               VARCHAR(500) NOT NULL,
    approved_by          VARCHAR(200) NOT NULL,
    granted_at           DATETIME     NOT NULL,
    expires_at           DATETIME     NOT NULL,
    revoked_at           DATETIME     NULL,
    process_instance_id  VARCHAR(64)  NOT NULL,
    CONSTRAINT fk_access_grant_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    INDEX ix_access_grant_user (user_id, customer_id, expires_at),
    INDEX ix_access_grant_process (process_instance_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
