package com.lifeline.reverification;

/** How a contact was checked: a call, or the contact's own answer through a signed link. */
enum CheckMethod {
    CALL("电话"), LINK("确认链接");

    private final String label;

    CheckMethod(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
