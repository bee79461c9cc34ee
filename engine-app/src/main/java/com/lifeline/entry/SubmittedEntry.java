package com.lifeline.entry;

/** The result of an API entry: the customer number, and whether it is new or an existing record. */
public record SubmittedEntry(String customerNumber, boolean created) {
}
