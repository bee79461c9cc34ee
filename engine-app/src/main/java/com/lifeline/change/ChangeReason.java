package com.lifeline.change;

/** Why a customer is changed; OTHER needs the operator's own words. */
public enum ChangeReason {
    CUSTOMER_REQUEST("客户要求"),
    VERIFICATION_RESULT("核实结果"),
    ERROR_CORRECTION("更正错误"),
    ORGANISATION_CHANGE("组织变动"),
    OTHER("其他");

    private final String label;

    ChangeReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
