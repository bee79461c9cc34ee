package com.lifeline.notification;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One notice to send. The idempotency key names the notice: enqueueing the same key again is a
 * no-op, and the key travels with every send so the receiver can drop repeats.
 *
 * @param subject email only; ignored for SMS
 */
public record OutboundMessage(Channel channel, String recipient, String subject, String body, String idempotencyKey) {

    /** It goes into mail and HTTP headers as it is, so: visible ASCII, no spaces. */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,120}");

    // limits are the outbox columns'; messages name the field, never its value
    public OutboundMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(body, "body");
        if (recipient == null || recipient.isBlank() || recipient.length() > 254) {
            throw new IllegalArgumentException("recipient must be 1 to 254 characters");
        }
        if (subject != null && subject.length() > 200) {
            throw new IllegalArgumentException("subject must be at most 200 characters");
        }
        if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
            throw new IllegalArgumentException("idempotencyKey must be 1 to 120 visible ASCII characters");
        }
    }

    public static OutboundMessage email(String idempotencyKey, String to, String subject, String body) {
        return new OutboundMessage(Channel.EMAIL, to, subject, body, idempotencyKey);
    }

    public static OutboundMessage sms(String idempotencyKey, String to, String text) {
        return new OutboundMessage(Channel.SMS, to, null, text, idempotencyKey);
    }
}
