package com.lifeline.notification;

/**
 * A channel did not accept a notice. The message is stored as the row's last error, so it names
 * the reason only (an exception type, an HTTP status), never the recipient or the text.
 */
public class DeliveryException extends RuntimeException {

    public DeliveryException(String reason) {
        super(reason);
    }
}
