package com.lifeline.links;

/** What a signed link is for; its code is part of the signed token. */
public enum LinkPurpose {
    /** The customer confirms their data after entry (verification). */
    CUSTOMER_CONFIRMATION("c"),
    /** The customer confirms a changed key field (change). */
    CHANGE_CONFIRMATION("x"),
    /** An emergency contact confirms they are listed and reachable (quarterly re-verification). */
    CONTACT_VERIFICATION("v"),
    /** The customer asks for erasure of their data (deletion). */
    ERASURE_REQUEST("e");

    private final String code;

    LinkPurpose(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }
}
