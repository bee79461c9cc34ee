package com.lifeline.phone;

import org.springframework.stereotype.Component;

/** {@link PhoneNumbers#display} for page templates: {@code ${@phoneDisplay.of(c.phone)}}. */
@Component("phoneDisplay")
public class PhoneDisplay {

    public String of(String phone) {
        String shown = PhoneNumbers.display(phone);
        return shown == null || shown.isBlank() ? null : shown;
    }
}
