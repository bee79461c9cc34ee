package com.lifeline.entry;

public enum EntryDraftStatus {
    /** submitted, not saved yet; sealed with the master key */
    OPEN,
    /** saved as a customer waiting for review; sealed with that customer's key, removed on approval */
    SAVED
}
