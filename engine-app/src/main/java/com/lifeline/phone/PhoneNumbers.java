package com.lifeline.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Validates phone numbers as real mobile or landline numbers and gives their E.164 form. */
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

    public boolean isMobile(String e164) {
        try {
            PhoneNumberType type = UTIL.getNumberType(UTIL.parse(e164, defaultRegion));
            return type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
        } catch (NumberParseException e) {
            return false;
        }
    }
}
