package com.lifeline.consent;

/** How a withdrawal reached us: staff recorded the person's word, or the customer used their signed link. */
public enum WithdrawalVia {
    STAFF, CUSTOMER_LINK
}
