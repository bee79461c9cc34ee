package com.lifeline.entry;

import java.util.Map;

/** The Chinese labels of the entry form's fields, for the problem summary. */
final class EntryFieldLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("kind", "客户类型"), Map.entry("customerName", "客户名称"),
            Map.entry("customerPhone", "联系电话"), Map.entry("customerEmail", "电子邮箱"),
            Map.entry("region", "所属区域"), Map.entry("province", "省"), Map.entry("city", "市"),
            Map.entry("district", "区/县"), Map.entry("street", "街道"), Map.entry("streetNumber", "门牌号"),
            Map.entry("needs", "客户需求"), Map.entry("firstContactAt", "首次接触时间"),
            Map.entry("sourceType", "来源"), Map.entry("industry", "行业"), Map.entry("companySize", "规模"),
            Map.entry("preferences", "偏好"), Map.entry("historyNotes", "历史备注"), Map.entry("tags", "标签"),
            Map.entry("consentService", "同意用于客户服务"), Map.entry("consentEmergency", "同意用于紧急通知"),
            Map.entry("consentMarketing", "同意用于营销"), Map.entry("consentChannel", "授权方式"),
            Map.entry("consentEvidence", "授权凭证编号"));
    private static final Map<String, String> CONTACT_LABELS = Map.of(
            "Name", "姓名", "Relation", "关系/角色", "Phone", "电话", "Email", "电子邮箱", "Wechat", "微信号",
            "Scope", "授权范围", "Reachable24h", "24小时可联系", "Informed", "知情同意");

    private EntryFieldLabels() {
    }

    static String of(String formKey) {
        if (formKey.startsWith("primary")) {
            return "主要紧急联系人" + CONTACT_LABELS.getOrDefault(formKey.substring(7), "");
        }
        if (formKey.startsWith("backup")) {
            return "备用紧急联系人" + CONTACT_LABELS.getOrDefault(formKey.substring(6), "");
        }
        return LABELS.getOrDefault(formKey, formKey);
    }
}
