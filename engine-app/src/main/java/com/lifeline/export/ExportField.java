package com.lifeline.export;

import com.lifeline.contact.EmergencyContact;
import com.lifeline.phone.Masking;
import com.lifeline.phone.PhoneNumbers;

import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * The columns an export may ask for (API name, CSV header). Sensitive ones (DOMAIN.md: phones, emails)
 * are masked unless the approval unmasked them and the requester sees them in full.
 */
public enum ExportField {
    CUSTOMER_NUMBER("customerNumber", "客户编号", false, r -> r.customer().customerNumber()),
    KIND("kind", "类型", false, r -> r.customer().kind().name().equals("COMPANY") ? "企业" : "个人"),
    NAME("name", "名称", false, r -> r.customer().name()),
    PHONE("phone", "电话", true, r -> phone(r.customer().phone(), r.masked())),
    EMAIL("email", "邮箱", true, r -> email(r.customer().email(), r.masked())),
    CITY("city", "城市", false, r -> r.customer().province() + r.customer().city()),
    INDUSTRY("industry", "行业", false, r -> r.customer().industry().label()),
    SOURCE_TYPE("sourceType", "来源", false, r -> r.customer().sourceType().label()),
    STATUS("status", "状态", false, r -> r.customer().status().label()),
    OWNER("owner", "负责人", false, r -> r.customer().ownerUserId()),
    FIRST_CONTACT_AT("firstContactAt", "首次接触", false,
            r -> Days.FORMAT.format(r.customer().firstContactAt().atZone(r.zone()))),
    TAGS("tags", "标签", false, r -> r.customer().tags()),
    PRIMARY_CONTACT_NAME("primaryContactName", "主要联系人", false, r -> name(r.primary())),
    PRIMARY_CONTACT_PHONE("primaryContactPhone", "主要联系人电话", true, r -> contactPhone(r.primary(), r.masked())),
    BACKUP_CONTACT_NAME("backupContactName", "备用联系人", false, r -> name(r.backup())),
    BACKUP_CONTACT_PHONE("backupContactPhone", "备用联系人电话", true, r -> contactPhone(r.backup(), r.masked()));


    private final String key;
    private final String header;
    private final boolean sensitive;
    private final Function<ExportRecord, String> value;

    ExportField(String key, String header, boolean sensitive, Function<ExportRecord, String> value) {
        this.key = key;
        this.header = header;
        this.sensitive = sensitive;
        this.value = value;
    }

    public String key() {
        return key;
    }

    public String header() {
        return header;
    }

    public boolean sensitive() {
        return sensitive;
    }

    String valueOf(ExportRecord record) {
        String text = value.apply(record);
        return text == null ? "" : text;
    }

    static ExportField byKey(String key) {
        for (ExportField field : values()) {
            if (field.key.equals(key)) {
                return field;
            }
        }
        return null;
    }

    /** Enum constants are built before the enum's own static fields: the formatter lives here. */
    private static final class Days {
        static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    }

    private static String phone(String e164, boolean masked) {
        if (e164 == null) {
            return "";
        }
        return masked ? Masking.phone(e164) : PhoneNumbers.display(e164);
    }

    private static String email(String email, boolean masked) {
        return masked ? Masking.email(email) : email;
    }

    private static String name(EmergencyContact contact) {
        return contact == null ? "" : contact.name();
    }

    private static String contactPhone(EmergencyContact contact, boolean masked) {
        return contact == null ? "" : phone(contact.phone(), masked);
    }
}
