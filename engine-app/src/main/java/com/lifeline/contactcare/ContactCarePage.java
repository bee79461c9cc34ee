package com.lifeline.contactcare;

import com.lifeline.consent.ConsentPurpose;

import java.util.Map;
import java.util.Set;

/**
 * What the customer page offers one user for the customer's contacts: marking one unreachable and
 * withdrawing a consented purpose, only when the user may change the customer.
 *
 * @param consented each current contact's consented purposes (empty when the user may not change the customer)
 */
public record ContactCarePage(boolean mayChange, Map<Long, Set<ConsentPurpose>> consented) {

    public Set<ConsentPurpose> consentedOf(long contactId) {
        return consented.getOrDefault(contactId, Set.of());
    }
}
