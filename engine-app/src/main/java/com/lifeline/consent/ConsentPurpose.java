package com.lifeline.consent;

/** What personal data may be used for; each is consented to separately (DOMAIN.md, consent). */
public enum ConsentPurpose {
    SERVICE("purpose_service", "客户服务"),
    EMERGENCY_NOTIFICATION("purpose_emergency", "紧急通知"),
    MARKETING("purpose_marketing", "营销");

    private final String column;
    private final String label;

    ConsentPurpose(String column, String label) {
        this.column = column;
        this.label = label;
    }

    /** The Chinese label staff and customers see. */
    public String label() {
        return label;
    }

    /** The consent table's flag for this purpose (a constant, never user input, so safe in SQL). */
    public String column() {
        return column;
    }
}
