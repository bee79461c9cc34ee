package com.lifeline.deletion;

import java.time.Instant;

/** A deletion request as stored; evidence and decisionReason are sealed with the customer's key (null once erased). */
public record DeletionRequest(Long id, Long customerId, String customerNumber, DeletionReason reason, String evidence,
                              String requestedBy, DeletionSource source, DeletionStatus status, String holdReason,
                              String decidedBy, String decisionReason, String processInstanceId, Instant requestedAt,
                              Instant decidedAt, Instant closedAt) {

    /** Requests by the customer themselves are answered to the customer. */
    boolean byCustomer() {
        return source == DeletionSource.CUSTOMER;
    }

    /** A staff member to tell the outcome: null for the customer's own request and for system sweeps. */
    String staffRequester() {
        return requestedBy.contains(":") ? null : requestedBy;
    }
}
