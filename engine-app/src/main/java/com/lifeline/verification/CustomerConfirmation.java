package com.lifeline.verification;

import java.time.Instant;

public record CustomerConfirmation(Long id, Long customerId, ConfirmationStatus status, Instant expiresAt,
                                   Instant createdAt, Instant answeredAt, String correctionRequest) {
}
