package com.lifeline.contactoffer;

import com.lifeline.entry.ValidEntry;

import java.util.List;

/** What an offer holds (sealed): the checked contacts and the consent the entrant collected for them. */
record OfferedContacts(List<ValidEntry.Contact> contacts, ValidEntry.Consent consent) {
}
