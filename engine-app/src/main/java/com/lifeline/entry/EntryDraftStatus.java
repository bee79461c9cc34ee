package com.lifeline.entry;

public enum EntryDraftStatus {
    OPEN, SAVED, ATTACHED,
    /** its contacts were offered to another team's customer (contact-offer.bpmn); nothing personal kept */
    OFFERED
}
