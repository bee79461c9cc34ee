package com.lifeline.schedules;

import java.time.Duration;
import java.time.Instant;

/**
 * How far a sweep got: {@code done} of {@code total} items since {@code startedAt}; {@code finishedAt}
 * is null while it runs (or when it stopped and waits to be resumed).
 */
public record SweepProgress(long done, long total, Instant startedAt, Instant updatedAt, Instant finishedAt) {

    /** Items per second so far. */
    public double perSecond() {
        long millis = Duration.between(startedAt, finishedAt != null ? finishedAt : updatedAt).toMillis();
        return millis <= 0 ? 0 : done * 1000.0 / millis;
    }

    /** When the rest will be done at the rate so far; null when finished or no rate yet. */
    public Instant estimatedEnd() {
        double rate = perSecond();
        if (finishedAt != null || rate <= 0) {
            return null;
        }
        return updatedAt.plusMillis((long) (Math.max(0, total - done) * 1000 / rate));
    }

    public int percent() {
        return total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
    }
}
