package com.lifeline.entry;

import com.lifeline.customer.CustomerRecord;

import java.util.List;

/** The outcome of the entry rules: either a clean entry or the list of problems. */
public record EntryCheck(CustomerRecord entry, List<FieldProblem> problems) {

    static EntryCheck accepted(CustomerRecord entry) {
        return new EntryCheck(entry, List.of());
    }

    static EntryCheck rejected(List<FieldProblem> problems) {
        return new EntryCheck(null, problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
