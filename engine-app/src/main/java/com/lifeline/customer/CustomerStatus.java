package com.lifeline.customer;

public enum CustomerStatus {
    PENDING_REVIEW("待复核"),
    ACTIVE("有效"),
    DORMANT("休眠"),
    INVALID("无效");

    private final String label;

    CustomerStatus(String label) {
        this.label = label;
    }

    /** The Chinese label staff see. */
    public String label() {
        return label;
    }
}
