package com.lifeline.privacy;

import com.lifeline.entry.EntryFormFields;

import java.util.HashSet;
import java.util.Set;

/**
 * Variables that may carry personal data because a form submits them. They are moved into the
 * customer store by the step that receives them and never reach history.
 */
public final class PersonalVariableNames {

    /** Staff's free-text notes from calls and corrections may quote contact details. */
    static final Set<String> FREE_TEXT = Set.of("callNote", "correctionOutcome");

    public static final Set<String> ALL = union(EntryFormFields.KEYS, FREE_TEXT);

    private PersonalVariableNames() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
