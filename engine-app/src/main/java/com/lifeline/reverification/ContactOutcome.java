package com.lifeline.reverification;

/** What the owner found out about one contact. */
enum ContactOutcome {
    CONFIRMED("已确认"), CHANGED("有变更"), UNREACHABLE("联系不上");

    private final String label;

    ContactOutcome(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
