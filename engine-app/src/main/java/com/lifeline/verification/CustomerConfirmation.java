package com.lifeline.verification;

import java.time.Instant;

public record CustomerConfirmation(Long id, Long customerId, ConfirmationStatus status, Instant expiresAt,
                                   Instant createdAt, Instant answeredAt, String correctionRequest) {

    CustomerConfirmation withCorrectionRequest(String text) {
        return new CustomerConfirmation(id, customerId, status, expiresAt, createdAt, answeredAt, text);
    }
}
