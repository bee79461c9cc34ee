package com.lifeline.deletion;

/** Why a customer is to be deleted (DOMAIN.md, process 5). */
public enum DeletionReason {
    INVALID_DATA("数据无效"),
    CUSTOMER_REQUEST("客户本人要求删除"),
    CONTRACT_ENDED("合同已终止"),
    RETENTION_EXPIRED("保存期限已到");

    private final String label;

    DeletionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
