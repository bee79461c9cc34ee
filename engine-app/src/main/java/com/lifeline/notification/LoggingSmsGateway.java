package com.lifeline.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends nothing, logs that it would have; for development and test machines. Its messages end LOGGED, not SENT. */
public class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public DeliveryStatus send(long outboxId, OutboundMessage message) {
        log.info("SMS of outbox message {} to {} not sent: lifeline.notification.sms.gateway is log",
                outboxId, mask(message.recipient()));
        return DeliveryStatus.LOGGED;
    }

    /**
     * Keeps the last 4 characters and up to 6 leading ones (country code and carrier prefix),
     * always hiding at least 4: {@code +8613812345678} becomes {@code +86138****5678},
     * {@code 13812345678} becomes {@code 138****5678}.
     */
    static String mask(String number) {
        String compact = number.replaceAll("\\s", "");
        int shownLeading = Math.min(6, compact.length() - 8);
        if (shownLeading < 0) {
            return "****";
        }
        return compact.substring(0, shownLeading) + "****" + compact.substring(compact.length() - 4);
    }
}
