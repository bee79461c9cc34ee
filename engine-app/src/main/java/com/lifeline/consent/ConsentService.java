package com.lifeline.consent;

import org.springframework.stereotype.Service;

/**
 * The one answer to "may I use this customer's or this contact's data for purpose P now?". Every
 * use asks here: notices to customers, emergency notification, exports. A consent counts while it
 * is neither withdrawn nor superseded; a contact only while it is current and valid.
 */
@Service
public class ConsentService {

    private final ConsentMapper consents;

    ConsentService(ConsentMapper consents) {
        this.consents = consents;
    }

    /**
     * The customer's own consent (about themselves) covers {@code purpose}. A DORMANT customer is kept but
     * never used for marketing (dormancy check), whatever the consent says.
     */
    public boolean mayUseCustomer(long customerId, ConsentPurpose purpose) {
        return consents.customerConsents(customerId, purpose, purpose == ConsentPurpose.MARKETING);
    }

    /** The contact is current and valid, and their consent covers {@code purpose}; not for marketing of a DORMANT customer. */
    public boolean mayUseContact(long contactId, ConsentPurpose purpose) {
        return consents.contactConsents(contactId, purpose, purpose == ConsentPurpose.MARKETING);
    }
}
