package com.lifeline.followup;

import java.time.Instant;
import java.time.LocalDate;

/** One recorded follow-up; participants, content and nextAction are sealed in the store and open here. */
public record FollowUp(long id, long customerId, String customerNumber, Instant occurredAt, FollowUpMethod method,
                       String participants, String content, LocalDate nextActionOn, String nextAction,
                       String recordedBy, Instant recordedAt) {

    public String methodLabel() {
        return method.label();
    }
}
