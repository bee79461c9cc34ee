package com.lifeline.contactoffer;

public enum ContactOfferStatus {
    PENDING, ACCEPTED, REJECTED
}
