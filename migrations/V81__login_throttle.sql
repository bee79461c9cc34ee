-- Failed logins per user name, shared by every node (com.lifeline.security.LoginThrottle).
-- A row is written by one atomic INSERT ... ON DUPLICATE KEY UPDATE per failure (concurrent
-- INSERT IGNORE + UPDATE deadlocks on InnoDB) and deleted after a successful login.
-- Times are epoch milliseconds of the app's clock.
CREATE TABLE login_throttle (
    user_name     VARCHAR(128) NOT NULL PRIMARY KEY,
    -- the first failure of the current window
    window_start  BIGINT       NOT NULL,
    failures      INT          NOT NULL,
    -- refused until then; NULL while not locked
    locked_until  BIGINT       NULL,
    INDEX ix_login_throttle_window (window_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
