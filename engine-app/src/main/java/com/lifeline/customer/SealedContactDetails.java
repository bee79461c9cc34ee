package com.lifeline.customer;

/** A customer's phone and email as stored: encrypted, plus their blind indexes for exact-match search. */
public record SealedContactDetails(String phone, String phoneIndex, String email, String emailIndex) {
}
