package com.lifeline.dormancy;

/** What the data steward found; OPEN while the check waits. */
public enum DormancyOutcome {
    OPEN("待核查"), ACTIVE("仍在联系"), DORMANT("休眠"), INVALID("无效,申请删除");

    private final String label;

    DormancyOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
