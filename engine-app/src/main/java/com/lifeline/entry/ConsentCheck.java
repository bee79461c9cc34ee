package com.lifeline.entry;

import com.lifeline.consent.NewConsent;

import java.util.List;

/** The consent collected for one contact after the entry's rules: clean, or the problems (consent null). */
public record ConsentCheck(NewConsent consent, List<FieldProblem> problems) {

    public boolean valid() {
        return problems.isEmpty();
    }
}
