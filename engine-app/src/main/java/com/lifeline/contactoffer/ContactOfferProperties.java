package com.lifeline.contactoffer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param reasonMaxLength the owner's reason for not accepting, in characters (contact_offer.decision_reason holds 500) */
@ConfigurationProperties("lifeline.contact-offer")
public record ContactOfferProperties(int reasonMaxLength) {

    static final int REASON_COLUMN = 500;

    public ContactOfferProperties {
        if (reasonMaxLength < 1 || reasonMaxLength > REASON_COLUMN) {
            throw new IllegalArgumentException("lifeline.contact-offer.reason-max-length must be 1 to " + REASON_COLUMN
                    + " (contact_offer.decision_reason)");
        }
    }
}
