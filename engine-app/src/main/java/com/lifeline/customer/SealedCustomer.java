package com.lifeline.customer;

/**
 * A customer's fields as stored: personal ones encrypted with the customer's data key, plus blind
 * indexes for exact-match search. {@code nameKey} (searchable in clear) is set for companies only:
 * a company's registered name is not personal data, a person's name is.
 */
public record SealedCustomer(String name, String nameKey, String nameIndex, String phone, String phoneIndex,
                             String email, String emailIndex, String province, String city, String district,
                             String street, String streetNumber, String needs, String preferences,
                             String historyNotes, String tags) {
}
