package com.lifeline.notification;

import java.time.Duration;

/** Exponential backoff: base, 2 × base, 4 × base, … never more than cap; at most maxAttempts sends. */
class RetrySchedule {

    private final Duration base;
    private final Duration cap;
    private final int maxAttempts;

    RetrySchedule(Duration base, Duration cap, int maxAttempts) {
        this.base = base;
        this.cap = cap;
        this.maxAttempts = maxAttempts;
    }

    static RetrySchedule from(NotificationProperties properties) {
        return new RetrySchedule(properties.backoffBase(), properties.backoffCap(), properties.maxAttempts());
    }

    boolean allowsAttempt(int attempt) {
        return attempt <= maxAttempts;
    }

    Duration delayAfterFailedAttempt(int attempt) {
        Duration delay = base;
        // doubling step by step stops at the cap, so a large attempt number cannot overflow
        for (int i = 1; i < attempt && delay.compareTo(cap) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(cap) < 0 ? delay : cap;
    }
}
