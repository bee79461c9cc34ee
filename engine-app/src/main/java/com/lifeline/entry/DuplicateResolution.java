package com.lifeline.entry;

import com.lifeline.customer.DuplicateFinder;

/**
 * How the entrant resolves a suspected duplicate: ATTACH the new contacts to the existing customer
 * (named by its number), confirm it is a DIFFERENT customer (named by its number; without a number:
 * different from another team's customer), or OFFER_TO_OWNER the contacts to another team's customer,
 * whose owner accepts or rejects them (no number: the entrant is not told it).
 */
public record DuplicateResolution(Action action, String customerNumber) {

    public enum Action { ATTACH, DIFFERENT, OFFER_TO_OWNER }

    DuplicateFinder.DifferentFrom differentFrom() {
        if (action != Action.DIFFERENT) {
            return DuplicateFinder.DifferentFrom.NONE;
        }
        return customerNumber == null || customerNumber.isBlank()
                ? new DuplicateFinder.DifferentFrom(java.util.Set.of(), true)
                : new DuplicateFinder.DifferentFrom(java.util.Set.of(customerNumber), false);
    }
}
