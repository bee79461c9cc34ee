package com.lifeline.consent;

import com.lifeline.web.InvalidRequestException;

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

    /**
     * The purpose a request names ({@code SERVICE}, {@code EMERGENCY_NOTIFICATION}, {@code MARKETING}).
     *
     * @throws InvalidRequestException naming the field {@code purpose} (400) for anything else
     */
    public static ConsentPurpose of(String purpose) {
        try {
            return valueOf(purpose == null ? "" : purpose.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("purpose", "只能是 SERVICE、EMERGENCY_NOTIFICATION 或 MARKETING");
        }
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
