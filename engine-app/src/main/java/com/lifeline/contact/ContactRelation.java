package com.lifeline.contact;

/** An emergency contact's role or relation to the customer. */
public enum ContactRelation {
    BUSINESS_OWNER("业务负责人"),
    LEGAL("法务"),
    ACCOUNT_MANAGER("客户经理"),
    EXECUTIVE("高管"),
    TECH_LEAD("技术主管"),
    IT_SUPPORT("IT支持"),
    COMPLIANCE("合规负责人"),
    DEPT_HEAD("部门主管"),
    FAMILY("家属"),
    COLLEAGUE("同事"),
    OTHER("其他");

    private final String label;

    ContactRelation(String label) {
        this.label = label;
    }

    /** The Chinese label staff see. */
    public String label() {
        return label;
    }
}
