package com.lifeline.customer;

import java.util.Set;

/**
 * Which customers a user may see, how much of them, and which they may change: every read, search
 * and write in the customer store goes through one of these (mapper SQL filters on it).
 *
 * <p>An approved access request only adds: its customers become readable, at the detail level the
 * role has for its own customers, and never writable (DOMAIN.md: it adds to a scope, never narrows it).
 *
 * @param all      every customer readable (service and data stewards: basic fields, masked)
 * @param owners   customers owned by these users (own, team's or department's): readable and writable
 * @param granted  customers opened to the user by an approved access request: readable only
 * @param fullDetails the role sees phones, emails, WeChat ids and consent evidence of its owners' and
 *                 granted customers; everything else it sees (through {@code all}) is masked
 */
public record CustomerScope(boolean all, Set<String> owners, Set<Long> granted, boolean fullDetails) {

    public boolean isEmpty() {
        return !all && owners.isEmpty() && granted.isEmpty();
    }

    /** The customers this user may change: the same scope without what access requests opened. */
    public CustomerScope writable() {
        return new CustomerScope(all, owners, Set.of(), fullDetails);
    }

    /** Whether this customer, already known to be in scope, is shown with full contact details. */
    public boolean showsFullDetailsOf(Customer customer) {
        return fullDetails && (owners.contains(customer.ownerUserId()) || granted.contains(customer.id()));
    }
}
