package com.lifeline.dormancy;

import java.time.Instant;

/**
 * One run of the monthly sweep: customers silent since {@code silentSince}, walked by id up to
 * {@code lastCustomerId}; {@code total} found at its start, {@code examined} so far.
 */
public record SweepRun(long id, Instant silentSince, Instant startedAt, Instant finishedAt, long lastCustomerId,
                       int checksStarted, int total, int examined, Instant updatedAt) {
}
