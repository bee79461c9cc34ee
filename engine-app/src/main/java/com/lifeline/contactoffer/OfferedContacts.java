package com.lifeline.contactoffer;


import com.lifeline.consent.NewConsent;
import com.lifeline.contact.NewContact;

import java.util.List;

/** What an offer holds (sealed): the checked contacts and the consent the entrant collected for them. */
record OfferedContacts(List<NewContact> contacts, NewConsent consent) {
}
