package com.lifeline.consent;

/**
 * How a withdrawal reached us: staff recorded the person's word, the customer used their signed link, or
 * the contact used their own signed link (quarterly re-verification). {@code CONTACT_LINK} also marks a
 * consent row on which the contact confirmed themselves that they know they are listed (informed).
 */
public enum WithdrawalVia {
    STAFF, CUSTOMER_LINK, CONTACT_LINK
}
