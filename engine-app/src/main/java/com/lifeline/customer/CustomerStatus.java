package com.lifeline.customer;

public enum CustomerStatus {
    PENDING_REVIEW, ACTIVE, DORMANT, INVALID
}
