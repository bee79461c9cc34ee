package com.lifeline.access;

import java.time.Instant;

/** One approved, time-limited access to a customer outside the user's own scope. */
public record AccessGrant(
        Long id,
        String userId,
        Long customerId,
        String customerNumber,
        String reason,
        String approvedBy,
        Instant grantedAt,
        Instant expiresAt,
        Instant revokedAt,
        String processInstanceId) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && !grantedAt.isAfter(now) && expiresAt.isAfter(now);
    }
}
