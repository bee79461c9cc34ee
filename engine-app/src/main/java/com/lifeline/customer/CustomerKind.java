package com.lifeline.customer;

public enum CustomerKind {
    INDIVIDUAL, COMPANY
}
