package com.lifeline.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTest {

    private final RetrySchedule defaults = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1), 8);

    @Test
    void waitDoublesAfterEachFailureStartingAtTheBase() {
        assertThat(IntStream.rangeClosed(1, 7).mapToObj(defaults::delayAfterFailedAttempt)).containsExactly(
                Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32));
    }

    @Test
    void waitNeverExceedsTheCapEvenForHugeAttemptNumbers() {
        assertThat(defaults.delayAfterFailedAttempt(8)).isEqualTo(Duration.ofHours(1));
        assertThat(defaults.delayAfterFailedAttempt(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void allowsAttemptsUpToTheMaximumOnly() {
        assertThat(defaults.allowsAttempt(1)).isTrue();
        assertThat(defaults.allowsAttempt(8)).isTrue();
        assertThat(defaults.allowsAttempt(9)).isFalse();
    }
}
