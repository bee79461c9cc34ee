package com.lifeline.followup;

/** How the interaction took place. */
public enum FollowUpMethod {
    PHONE("电话"), VISIT("上门拜访"), MEETING("会议"), EMAIL("邮件"), MESSAGE("微信/短信"), OTHER("其他");

    private final String label;

    FollowUpMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
