package com.lifeline.verification;

import com.lifeline.consent.ConsentPurpose;

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

    /**
     * relation: the Chinese label (业务负责人, 家属, …), as the customer reads it; name and phone masked;
     * consented: the purposes the contact's consent covers now (the customer may withdraw each by its id).
     */
    public record Contact(long id, String relation, String name, String phone, List<ConsentPurpose> consented) {
    }
}
