package com.lifeline.consent;

/** The consent collected with an entry, as it goes into the store for the customer and each of its contacts. */
public record NewConsent(
        boolean service,
        boolean emergency,
        boolean marketing,
        ConsentChannel channel,
        String evidence) {
}
