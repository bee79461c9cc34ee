package com.lifeline.notification;

/** A claimed outbox row; {@code attempts} includes the send about to start and fences its updates. */
record OutboxRow(long id, int attempts, OutboundMessage message) {
}
