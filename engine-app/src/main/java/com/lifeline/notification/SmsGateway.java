package com.lifeline.notification;

/**
 * Hands one SMS to a provider. Chosen with {@code lifeline.notification.sms.gateway}.
 * Implementations pass {@link OutboundMessage#idempotencyKey()} on so the provider can drop a
 * repeated send, and never log the number unmasked or the text.
 */
public interface SmsGateway {

    /**
     * @param outboxId for log lines, which must not identify the recipient
     * @return {@link DeliveryStatus#SENT} when a provider accepted the message,
     *         {@link DeliveryStatus#LOGGED} when nothing left the application
     * @throws DeliveryException when the provider did not accept the message
     */
    DeliveryStatus send(long outboxId, OutboundMessage message);
}
