package com.lifeline.audit;

public enum AuditAction {
    LOGIN("登录"), LOGOUT("退出"), LOGIN_FAILED("登录失败"), VIEW("查看"), SEARCH("搜索"), CREATE("新建"),
    CHANGE("修改"), DELETE("删除"), EXPORT("导出"), DOWNLOAD("下载"), ACCESS_GRANT("授权"),
    REVIEW("复核"), ESCALATE("升级"), CONFIRM("客户确认");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    /** The Chinese label compliance users see. */
    public String label() {
        return label;
    }
}
