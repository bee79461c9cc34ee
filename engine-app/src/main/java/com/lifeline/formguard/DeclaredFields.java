package com.lifeline.formguard;

import java.util.HashSet;
import java.util.Set;

/**
 * What a start event or user task lets a user submit: the fields of its form they may fill in, and the
 * fields the form only shows (read-only or disabled: Tasklist sends them back, so they may come, but
 * only with the value they already have).
 */
record DeclaredFields(Set<String> editable, Set<String> displayOnly) {

    static final DeclaredFields NONE = new DeclaredFields(Set.of(), Set.of());

    DeclaredFields {
        editable = Set.copyOf(editable);
        displayOnly = Set.copyOf(displayOnly);
    }

    /** Adds what the model explicitly allows on top of its form (they become editable). */
    DeclaredFields plus(Set<String> allowed) {
        if (allowed.isEmpty()) {
            return this;
        }
        Set<String> all = new HashSet<>(editable);
        all.addAll(allowed);
        Set<String> shown = new HashSet<>(displayOnly);
        shown.removeAll(allowed);
        return new DeclaredFields(all, shown);
    }
}
