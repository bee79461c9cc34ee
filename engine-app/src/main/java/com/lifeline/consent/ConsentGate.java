package com.lifeline.consent;

import org.springframework.stereotype.Service;

/**
 * The one answer to "may I use this contact's (or this customer's own) data for purpose P now?". Every
 * use asks here: the confirmation notices, and emergency notification and exports. A consent counts
 * while its current row (neither withdrawn nor superseded) covers the purpose; a contact only while it is
 * current and VALID. A withdrawal appends a row without the purpose, so it stops the use at once.
 */
@Service
public class ConsentGate {

    private final ConsentMapper consents;

    ConsentGate(ConsentMapper consents) {
        this.consents = consents;
    }

    /**
     * The contact is current and VALID, and their consent covers {@code purpose}; never marketing for a
     * DORMANT customer (dormancy check), whatever the consent says.
     */
    public boolean mayUse(long contactId, ConsentPurpose purpose) {
        return consents.contactConsents(contactId, purpose, purpose == ConsentPurpose.MARKETING);
    }

    /** The customer's own consent (about themselves) covers {@code purpose}; not marketing while DORMANT. */
    public boolean mayUseCustomer(long customerId, ConsentPurpose purpose) {
        return consents.customerConsents(customerId, purpose, purpose == ConsentPurpose.MARKETING);
    }
}
