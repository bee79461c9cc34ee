package com.lifeline.entry;

/**
 * The result of an API entry: a new customer, contacts attached to an existing one (its number), or
 * contacts offered to another team's customer (no number: the entrant may not know it; the offer id).
 */
public record SubmittedEntry(String customerNumber, Kind kind, Long offerId) {

    public enum Kind { CREATED, ATTACHED, OFFERED_TO_OWNER }

    static SubmittedEntry created(String customerNumber) {
        return new SubmittedEntry(customerNumber, Kind.CREATED, null);
    }

    static SubmittedEntry attached(String customerNumber) {
        return new SubmittedEntry(customerNumber, Kind.ATTACHED, null);
    }

    static SubmittedEntry offered(long offerId) {
        return new SubmittedEntry(null, Kind.OFFERED_TO_OWNER, offerId);
    }
}
