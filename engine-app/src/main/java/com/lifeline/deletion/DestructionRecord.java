package com.lifeline.deletion;

import java.time.Instant;

/** What remains of an erased customer: no personal data. categories: what was destroyed, with counts. */
public record DestructionRecord(Long id, String customerNumber, Long deletionRequestId, DeletionReason reason,
                                String requestedBy, String approvedBy, Instant requestedAt, Instant approvedAt,
                                Instant erasedAt, String categories) {
}
