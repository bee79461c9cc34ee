package com.lifeline.contact;

/** How a contact was confirmed as still right and reachable. */
public enum VerificationMethod {
    /** The customer confirmed their data, contacts included, by their signed link. */
    CUSTOMER_LINK,
    /** The contact answered a confirmation link of their own (quarterly re-verification). */
    LINK,
    /** Staff reached the contact by phone and wrote a call note. */
    CALL,
    /** The customer confirmed a change that named this contact. */
    CHANGE_CONFIRMATION
}
