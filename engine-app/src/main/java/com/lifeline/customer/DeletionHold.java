package com.lifeline.customer;

import java.util.Optional;

/**
 * Something that keeps a customer from being deleted now: an open incident, an open export, a legal
 * hold. Features contribute beans; the deletion approval asks all of them before approval and again
 * right before the erasure, and tells the requester the reason.
 */
public interface DeletionHold {

    /** Why this customer must be kept for now (shown to the requester; no personal data), or empty. */
    Optional<String> reasonToKeep(long customerId);
}
