-- The schedules admin (package com.lifeline.schedules): what an admin changed at runtime, and how
-- each job's last run went. Quartz's own tables (V2) hold the triggers themselves.

-- A cron or pause set by an admin outlives restarts: the triggers are defined in code and overwritten
-- from application.yml at every start, then these rows are applied again.
CREATE TABLE schedule_override (
    trigger_group  VARCHAR(190) NOT NULL,
    trigger_name   VARCHAR(190) NOT NULL,
    cron           VARCHAR(120) NULL,
    paused         BOOLEAN      NOT NULL DEFAULT FALSE,
    changed_by     VARCHAR(64)  NOT NULL,
    changed_at     DATETIME     NOT NULL,
    PRIMARY KEY (trigger_group, trigger_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- One row per job: its last run on any node (outcome SUCCEEDED / FAILED; error is the exception's class only).
CREATE TABLE schedule_run (
    job_group      VARCHAR(190) NOT NULL,
    job_name       VARCHAR(190) NOT NULL,
    running_since  DATETIME     NULL,
    last_started_at DATETIME    NULL,
    last_finished_at DATETIME   NULL,
    last_outcome   VARCHAR(20)  NULL,
    last_error     VARCHAR(200) NULL,
    node           VARCHAR(200) NULL,
    PRIMARY KEY (job_group, job_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
