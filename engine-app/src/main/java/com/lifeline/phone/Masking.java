package com.lifeline.phone;

/** Masks contact details for people who may not see them in full: 138****5678, z***@example.com. */
public final class Masking {

    private Masking() {
    }

    public static String phone(String e164) {
        if (e164 == null || e164.isBlank()) {
            return "";
        }
        String national = e164.startsWith("+86") ? e164.substring(3) : e164;
        // Chinese landlines are written with their trunk prefix: 021****5678, not 216****5678
        String digits = e164.startsWith("+86") && !national.startsWith("1") ? "0" + national : national;
        if (digits.length() <= 7) {
            return "****";
        }
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }

    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return "";
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    public static String wechat(String wechat) {
        if (wechat == null || wechat.isBlank()) {
            return "";
        }
        return wechat.charAt(0) + "***";
    }

    /** Keeps the family name of a person: 张*, 欧阳**. */
    public static String personName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        int keep = name.length() >= 4 ? 2 : 1;
        return name.substring(0, keep) + "*".repeat(Math.max(1, name.length() - keep));
    }
}
