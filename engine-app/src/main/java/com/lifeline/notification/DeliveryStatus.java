package com.lifeline.notification;

/** Where a notice is in the outbox. */
public enum DeliveryStatus {
    /** Waiting for its first or next attempt. */
    PENDING,
    /** Claimed by a dispatcher that is sending it now. */
    SENDING,
    /** Accepted by the mail server or the SMS gateway. */
    SENT,
    /** Only written to the log: the SMS gateway is {@code log}, so nothing left the application. */
    LOGGED,
    /** Gave up after the configured number of attempts. */
    FAILED
}
