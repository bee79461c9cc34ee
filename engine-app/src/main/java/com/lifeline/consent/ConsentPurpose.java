package com.lifeline.consent;

/** What personal data may be used for; each is consented to separately (DOMAIN.md, consent). */
public enum ConsentPurpose {
    SERVICE("purpose_service"),
    EMERGENCY_NOTIFICATION("purpose_emergency"),
    MARKETING("purpose_marketing");

    private final String column;

    ConsentPurpose(String column) {
        this.column = column;
    }

    /** The consent table's flag for this purpose (a constant, never user input, so safe in SQL). */
    public String column() {
        return column;
    }
}
