package com.lifeline.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/** Masks contact details for people who may not see them in full: 138****5678, z***@example.com. */
public final class Masking {

    private Masking() {
    }

    public static String phone(String e164) {
        if (e164 == null || e164.isBlank()) {
            return "";
        }
        if (!e164.startsWith("+86")) {
            return keepEnds(e164, 3);
        }
        String national = e164.substring(3);
        if (national.length() == 11 && national.startsWith("1")) {
            return keepEnds(national, 3);
        }
        // a landline keeps its trunk prefix and whole area code, like staff write it: 010****5671, 0755****5678
        return keepEnds("0" + national, 1 + areaCodeLength(e164));
    }

    private static int areaCodeLength(String e164) {
        try {
            int length = PhoneNumberUtil.getInstance().getLengthOfGeographicalAreaCode(
                    PhoneNumberUtil.getInstance().parse(e164, "CN"));
            return length > 0 ? length : 2;
        } catch (NumberParseException e) {
            return 2;
        }
    }

    private static String keepEnds(String digits, int head) {
        if (digits.length() <= head + 4) {
            return "****";
        }
        return digits.substring(0, head) + "****" + digits.substring(digits.length() - 4);
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
