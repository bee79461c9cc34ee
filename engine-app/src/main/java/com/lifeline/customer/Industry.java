package com.lifeline.customer;

/** The customer's industry. */
public enum Industry {
    MANUFACTURING("制造业"),
    IT("信息技术"),
    FINANCE("金融"),
    RETAIL("零售"),
    HEALTHCARE("医疗"),
    EDUCATION("教育"),
    LOGISTICS("物流"),
    CONSTRUCTION("建筑"),
    OTHER("其他");

    private final String label;

    Industry(String label) {
        this.label = label;
    }

    /** The Chinese label staff see. */
    public String label() {
        return label;
    }
}
