package com.lifeline.contactoffer;

import java.time.Instant;

/**
 * Contacts offered to another team's customer, waiting for its owner. {@code payload} is the sealed
 * {@link OfferedContacts} while PENDING and null once decided.
 */
public record ContactOffer(
        Long id,
        Long customerId,
        String customerNumber,
        Long entryId,
        String offeredBy,
        String payload,
        int contactCount,
        ContactOfferStatus status,
        String decidedBy,
        String decisionReason,
        Integer contactsAdded,
        Instant createdAt,
        Instant decidedAt,
        String processInstanceId) {
}
