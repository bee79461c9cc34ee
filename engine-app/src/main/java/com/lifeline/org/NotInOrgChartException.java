package com.lifeline.org;

/** The user cannot take part in routed work (no supervisor or department) until the org chart lists them. */
public class NotInOrgChartException extends RuntimeException {

    private final String userId;

    public NotInOrgChartException(String userId, String reason) {
        super("用户 " + userId + " 在组织架构中" + reason + ",请管理员先维护组织架构");
        this.userId = userId;
    }

    public String userId() {
        return userId;
    }
}
