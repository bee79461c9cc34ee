package com.lifeline.entry;

/**
 * How the entrant resolves a suspected duplicate: ATTACH the new contacts to the existing
 * customer, or confirm it is a DIFFERENT customer.
 */
public record DuplicateResolution(Action action, String customerNumber) {

    public enum Action { ATTACH, DIFFERENT }
}
