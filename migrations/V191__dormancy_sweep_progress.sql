-- The dormancy sweep's progress for the schedules admin: how many customers the run found at its start
-- (total) and has examined so far, and when it last committed a batch.
ALTER TABLE dormancy_sweep
    ADD COLUMN total INT NOT NULL DEFAULT 0,
    ADD COLUMN examined INT NOT NULL DEFAULT 0,
    ADD COLUMN updated_at DATETIME NULL;
