package com.lifeline.entry;

import com.lifeline.consent.NewConsent;
import com.lifeline.contact.NewContact;

import java.util.List;

/** One added contact and its consent after the entry's rules: both clean, or the problems. */
public record ContactCheck(NewContact contact, NewConsent consent, List<FieldProblem> problems) {

    public boolean valid() {
        return problems.isEmpty();
    }
}
