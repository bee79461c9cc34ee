package com.lifeline.customer;

public enum Industry {
    MANUFACTURING, IT, FINANCE, RETAIL, HEALTHCARE, EDUCATION, LOGISTICS, CONSTRUCTION, OTHER
}
