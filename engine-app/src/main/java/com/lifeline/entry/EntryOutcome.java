package com.lifeline.entry;

import java.util.List;

/** The automatic check's verdict on an entry draft, as the process routes on it. */
public record EntryOutcome(Kind kind, List<FieldProblem> problems, DuplicateFinder.Duplicate duplicate) {

    public enum Kind { VALID, INVALID, DUPLICATE }

    static EntryOutcome valid() {
        return new EntryOutcome(Kind.VALID, List.of(), null);
    }

    static EntryOutcome invalid(List<FieldProblem> problems) {
        return new EntryOutcome(Kind.INVALID, problems, null);
    }

    static EntryOutcome duplicate(DuplicateFinder.Duplicate duplicate) {
        return new EntryOutcome(Kind.DUPLICATE, List.of(), duplicate);
    }
}
