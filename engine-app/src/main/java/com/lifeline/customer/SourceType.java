package com.lifeline.customer;

/** Where the customer came from. */
public enum SourceType {
    WEBSITE("官网注册"),
    TRADE_SHOW("展会现场"),
    REFERRAL("老客户推荐"),
    PHONE_INQUIRY("电话咨询"),
    VISIT("上门拜访"),
    PARTNER("合作伙伴转介"),
    OTHER("其他");

    private final String label;

    SourceType(String label) {
        this.label = label;
    }

    /** The Chinese label staff see. */
    public String label() {
        return label;
    }
}
