package com.lifeline.verification;

import java.util.List;

/** What the customer sees behind the link: their record, masked, and whether it was answered already. */
public record ConfirmationView(
        String customerNumber,
        String name,
        String phone,
        String email,
        String address,
        List<Contact> contacts,
        ConfirmationStatus status) {

    /** relation: the Chinese label (业务负责人, 家属, …), as the customer reads it. */
    public record Contact(String relation, String name, String phone) {
    }
}
