package com.lifeline.entry;

/** The entry matches an existing customer and the caller has not said how to resolve it; nothing was stored. */
public class DuplicateEntryException extends RuntimeException {

    private final DuplicateFinder.Duplicate duplicate;

    public DuplicateEntryException(DuplicateFinder.Duplicate duplicate) {
        super(duplicate.summary());
        this.duplicate = duplicate;
    }

    public DuplicateFinder.Duplicate duplicate() {
        return duplicate;
    }
}
