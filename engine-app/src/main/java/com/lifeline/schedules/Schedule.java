package com.lifeline.schedules;

import java.time.Instant;

/**
 * One Quartz trigger as the admin sees it. {@code cron} is null for a fixed-interval trigger
 * ({@code intervalSeconds} then). {@code state}: NORMAL, PAUSED, BLOCKED (running), ERROR, COMPLETE.
 */
public record Schedule(String group, String name, String description, String cron, Long intervalSeconds,
                       String timeZone, String state, Instant nextFireAt, Instant previousFireAt,
                       LastRun lastRun, SweepProgress progress) {

    public boolean paused() {
        return "PAUSED".equals(state);
    }

    /** The job's last run on any node; outcome SUCCEEDED / FAILED (null: never ran), runningSince while it runs. */
    public record LastRun(Instant runningSince, Instant startedAt, Instant finishedAt, String outcome, String error,
                          String node) {
    }
}
