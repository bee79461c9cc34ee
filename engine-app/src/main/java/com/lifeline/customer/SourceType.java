package com.lifeline.customer;

/** 官网注册, 展会现场, 老客户推荐, 电话咨询, 上门拜访, 合作伙伴转介, 其他. */
public enum SourceType {
    WEBSITE, TRADE_SHOW, REFERRAL, PHONE_INQUIRY, VISIT, PARTNER, OTHER
}
