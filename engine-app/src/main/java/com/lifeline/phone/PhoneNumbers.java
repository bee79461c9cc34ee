package com.lifeline.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Validates phone numbers as real mobile or landline numbers, gives their E.164 form and shows them as people write them. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Set<PhoneNumberType> ACCEPTED = EnumSet.of(
            PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE);

    private final String defaultRegion;

    public PhoneNumbers(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    /** The E.164 form of a valid mobile or landline number, or empty if it is not one. */
    public Optional<String> canonical(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 40) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(raw.strip(), defaultRegion);
            if (!UTIL.isValidNumber(number) || !ACCEPTED.contains(UTIL.getNumberType(number))) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A stored number as people write it: 139 1234 5001, 010-6234 5671 (area code, then the
     * subscriber number), foreign numbers with their country code. Anything that is not an E.164
     * number (a masked one, say) comes back unchanged.
     */
    public static String display(String e164) {
        if (e164 == null || !e164.startsWith("+")) {
            return e164;
        }
        try {
            PhoneNumber number = UTIL.parse(e164, null);
            if (number.getCountryCode() != UTIL.getCountryCodeForRegion("CN")) {
                return UTIL.format(number, PhoneNumberFormat.INTERNATIONAL);
            }
            String national = UTIL.format(number, PhoneNumberFormat.NATIONAL);
            return UTIL.getNumberType(number) == PhoneNumberType.FIXED_LINE ? national.replaceFirst(" ", "-") : national;
        } catch (NumberParseException e) {
            return e164;
        }
    }

    public boolean isMobile(String e164) {
        try {
            PhoneNumberType type = UTIL.getNumberType(UTIL.parse(e164, defaultRegion));
            return type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
        } catch (NumberParseException e) {
            return false;
        }
    }
}
