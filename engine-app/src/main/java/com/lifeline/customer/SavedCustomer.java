package com.lifeline.customer;

/** What the process needs to know about a saved customer: ids and labels, no contact data. */
public record SavedCustomer(long id, String customerNumber, String taskLabel) {
}
