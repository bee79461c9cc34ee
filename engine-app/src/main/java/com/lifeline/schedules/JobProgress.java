package com.lifeline.schedules;

import org.quartz.JobKey;

import java.util.Optional;

/** A feature's long-running job tells the schedules admin how far its current (or last) run got. */
public interface JobProgress {

    JobKey job();

    Optional<SweepProgress> current();
}
