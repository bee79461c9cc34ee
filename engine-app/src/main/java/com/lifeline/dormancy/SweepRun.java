package com.lifeline.dormancy;

import java.time.Instant;

/** One run of the monthly sweep: customers silent since {@code silentSince}, walked by id up to {@code lastCustomerId}. */
public record SweepRun(long id, Instant silentSince, Instant startedAt, Instant finishedAt, long lastCustomerId,
                       int checksStarted) {
}
