package com.lifeline.dormancy;

import java.time.Instant;

/** One dormancy check; note is sealed with the customer's key. */
public record DormancyCheck(long id, long customerId, String customerNumber, Long sweepId, DormancyOutcome status,
                            String note, String decidedBy, String processInstanceId, Instant startedAt, Instant decidedAt) {
}
