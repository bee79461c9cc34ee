package com.lifeline.notification;

/** Where a notice is in the outbox. */
public enum DeliveryStatus {
    /** Waiting for its first or next attempt. */
    PENDING,
    /** Claimed by a dispatcher that is sending it now. */
    SENDING,
    SENT,
    /** Gave up after the configured number of attempts. */
    FAILED
}
