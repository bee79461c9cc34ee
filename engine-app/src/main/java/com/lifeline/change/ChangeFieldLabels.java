package com.lifeline.change;

import com.lifeline.contact.ContactRelation;
import com.lifeline.phone.Masking;

import java.util.Map;

/** Chinese names of the change log's fields, and their values masked for the customer's page and masked roles. */
final class ChangeFieldLabels {

    private static final Map<String, String> CUSTOMER = Map.ofEntries(
            Map.entry("name", "名称"), Map.entry("phone", "电话"), Map.entry("email", "电子邮箱"),
            Map.entry("province", "省"), Map.entry("city", "市"), Map.entry("district", "区"), Map.entry("street", "街道"),
            Map.entry("streetNumber", "门牌号"), Map.entry("needs", "核心需求"), Map.entry("firstContactAt", "首次接触时间"),
            Map.entry("sourceType", "来源"), Map.entry("industry", "行业"), Map.entry("companySize", "规模"),
            Map.entry("preferences", "偏好"), Map.entry("historyNotes", "历史备注"), Map.entry("tags", "标签"));
    private static final Map<String, String> CONTACT = Map.ofEntries(
            Map.entry("name", "姓名"), Map.entry("relation", "角色"), Map.entry("phone", "电话"), Map.entry("email", "电子邮箱"),
            Map.entry("wechat", "微信"), Map.entry("scope", "授权范围"), Map.entry("reachable24h", "24小时可联系"), Map.entry("informed", "已知情"),
            Map.entry("added", "新增联系人"), Map.entry("removed", "删除联系人"), Map.entry("status", "状态"),
            Map.entry("consent.SERVICE", "授权·客户服务"), Map.entry("consent.EMERGENCY_NOTIFICATION", "授权·紧急通知"),
            Map.entry("consent.MARKETING", "授权·营销"));

    private ChangeFieldLabels() {
    }

    static String label(String field) {
        if (field.startsWith("customer.")) {
            return "客户" + CUSTOMER.getOrDefault(field.substring("customer.".length()), field);
        }
        if (field.startsWith("contact[") && field.contains("].")) {
            String name = field.substring(field.indexOf("].") + 2);
            return "紧急联系人" + field.substring("contact".length(), field.indexOf(']') + 1) + " " + CONTACT.getOrDefault(name, name);
        }
        return field;
    }

    /** The value as someone who may not read it in full sees it. */
    static String masked(String field, String value) {
        if (value == null) {
            return "—";
        }
        String name = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        return switch (name) {
            case "phone" -> Masking.phone(value);
            case "email" -> Masking.email(value);
            case "wechat" -> Masking.wechat(value);
            case "relation" -> relation(value);
            case "added", "removed" -> summary(value);
            case "firstContactAt", "sourceType", "industry", "companySize", "reachable24h", "informed", "status",
                 "SERVICE", "EMERGENCY_NOTIFICATION", "MARKETING" -> value;
            case "name" -> field.startsWith("customer.") ? value : Masking.personName(value);
            default -> value.length() <= 2 ? "****" : value.substring(0, 2) + "****";
        };
    }

    private static String relation(String value) {
        try {
            return ContactRelation.valueOf(value).label();
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    /** "name / role / phone" of an added or removed contact, name and phone masked. */
    private static String summary(String value) {
        String[] parts = value.split(" / ");
        if (parts.length != 3) {
            return "****";
        }
        return Masking.personName(parts[0]) + " / " + parts[1] + " / " + Masking.phone(parts[2]);
    }
}
