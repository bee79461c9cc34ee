-- Transactional outbox: emails and SMS written in the same transaction as the business change,
-- sent after commit by com.lifeline.notification.OutboxDispatcher.

CREATE TABLE outbox (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- same key = same notice: enqueueing it again is a no-op, and receivers get it to drop repeats
    idempotency_key  VARCHAR(120) NOT NULL,
    channel          VARCHAR(8)   NOT NULL,
    recipient        VARCHAR(254) NOT NULL,
    subject          VARCHAR(200) NULL,
    body             MEDIUMTEXT   NOT NULL,
    status           VARCHAR(8)   NOT NULL,
    -- sends started, counted when a row is claimed so a send that died mid-way also counts
    attempts         INT          NOT NULL,
    next_attempt_at  DATETIME     NOT NULL,
    -- while SENDING: after this moment the claimer is presumed dead and the row is due again
    claimed_until    DATETIME     NULL,
    -- why the last attempt failed; never the recipient or the body
    last_error       VARCHAR(500) NULL,
    created_at       DATETIME     NOT NULL,
    sent_at          DATETIME     NULL,
    CONSTRAINT uq_outbox_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT ck_outbox_channel CHECK (channel IN ('EMAIL', 'SMS')),
    CONSTRAINT ck_outbox_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    INDEX ix_outbox_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
