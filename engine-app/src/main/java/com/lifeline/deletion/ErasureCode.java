package com.lifeline.deletion;

import java.time.Instant;

/** A one-time code sent to a customer to confirm their own erasure request. */
record ErasureCode(Long id, Long customerId, String codeHash, int attempts, Instant expiresAt, Instant usedAt) {
}
