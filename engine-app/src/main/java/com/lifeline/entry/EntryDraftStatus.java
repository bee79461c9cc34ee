package com.lifeline.entry;

public enum EntryDraftStatus {
    OPEN, SAVED, ATTACHED
}
