package com.lifeline.customer;

import com.lifeline.consent.ConsentMapper;
import com.lifeline.consent.NewConsent;
import com.lifeline.contact.ContactMapper;
import com.lifeline.contact.NewContact;
import com.lifeline.crypto.CustomerCrypto;
import com.lifeline.crypto.CustomerCrypto.DataKey;
import com.lifeline.database.GeneratedId;
import com.lifeline.web.ConcurrentChangeException;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Changes to an existing customer and its contacts, in place and under the customer's version
 * (optimistic locking): a writer that read an older version is refused with 409. Personal fields are
 * sealed exactly as at entry ({@link CustomerSealing}). Callers log and audit; this class only writes.
 */
@Component
public class CustomerEdits {

    public static final String CHANGED_BY_SOMEONE_ELSE = "已被他人修改,请重新加载";

    private final CustomerMapper customers;
    private final ContactMapper contacts;
    private final CustomerCrypto crypto;
    private final CustomerSealing sealing;
    private final ConsentMapper consents;

    CustomerEdits(CustomerMapper customers, ContactMapper contacts, CustomerCrypto crypto, CustomerSealing sealing,
                  ConsentMapper consents) {
        this.customers = customers;
        this.contacts = contacts;
        this.consents = consents;
        this.crypto = crypto;
        this.sealing = sealing;
    }

    public int versionOf(long customerId) {
        return customers.versionOf(customerId);
    }

    /** Writes the customer's details (the kind and region stay) and raises its version. */
    public void updateDetails(long customerId, CustomerDetails details, int expectedVersion, Instant now) {
        DataKey key = crypto.keyOf(customerId);
        if (customers.updateDetailsAtVersion(customerId, details, sealing.seal(key, details), expectedVersion, now) != 1) {
            throw new ConcurrentChangeException(CHANGED_BY_SOMEONE_ELSE);
        }
    }

    /** Raises the version alone: a change of contacts only still makes other writers reload. */
    public void raiseVersion(long customerId, int expectedVersion, Instant now) {
        if (customers.raiseVersion(customerId, expectedVersion, now) != 1) {
            throw new ConcurrentChangeException(CHANGED_BY_SOMEONE_ELSE);
        }
    }

    public void updateContact(long customerId, long contactId, NewContact contact) {
        if (contacts.update(contactId, customerId, contact, sealing.seal(crypto.keyOf(customerId), contact)) != 1) {
            throw new ConcurrentChangeException(CHANGED_BY_SOMEONE_ELSE);
        }
    }

    /**
     * A new contact and, with it, the consent collected for it ({@code collectedBy}: who took it), as at entry:
     * no contact is stored without its consent row.
     */
    public long addContact(long customerId, NewContact contact, NewConsent consent, String collectedBy, int priority,
                           Instant now) {
        if (consent == null) {
            throw new IllegalArgumentException("a contact is never stored without its consent");
        }
        DataKey key = crypto.keyOf(customerId);
        GeneratedId id = new GeneratedId();
        contacts.insert(id, customerId, contact, sealing.seal(key, contact), priority, now);
        consents.insert(new GeneratedId(), customerId, id.getId(), consent,
                crypto.seal(key, ConsentChanges.EVIDENCE_FIELD, consent.evidence()), collectedBy, now);
        return id.getId();
    }

    public void removeContact(long customerId, long contactId, Instant now) {
        if (contacts.supersede(contactId, customerId, now) != 1) {
            throw new ConcurrentChangeException(CHANGED_BY_SOMEONE_ELSE);
        }
    }

    /** A change-log value sealed as the store seals every change-log value. */
    public String sealChange(long customerId, String field, String value) {
        return sealing.sealChange(crypto.keyOf(customerId), field, value);
    }

    public String openChange(long customerId, String field, String sealed) {
        return crypto.open(crypto.keyOf(customerId), "change." + field, sealed);
    }
}
