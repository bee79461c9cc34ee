package com.lifeline.customer;

import com.lifeline.consent.NewConsent;
import com.lifeline.contact.NewContact;

import java.util.List;

/**
 * A customer with its contacts and consent as it goes into the store (a new entry, a correction, contacts
 * attached): every check passed, canonical phones (E.164), lower-case emails, typed codes.
 */
public record CustomerRecord(CustomerDetails customer, List<NewContact> contacts, NewConsent consent, boolean lateEntry) {
}
