package com.lifeline.contact;

/** 业务负责人, 法务, 客户经理, 高管, 技术主管, IT支持, 合规负责人, 部门主管, 家属, 同事, 其他. */
public enum ContactRelation {
    BUSINESS_OWNER, LEGAL, ACCOUNT_MANAGER, EXECUTIVE, TECH_LEAD, IT_SUPPORT, COMPLIANCE, DEPT_HEAD, FAMILY, COLLEAGUE, OTHER
}
