package com.lifeline.customer;

public enum CompanySize {
    MICRO, SMALL, MEDIUM, LARGE
}
