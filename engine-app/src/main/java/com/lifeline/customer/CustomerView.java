package com.lifeline.customer;

import com.lifeline.contact.ContactRelation;
import com.lifeline.contact.EmergencyContact;
import com.lifeline.phone.Masking;

import java.time.Instant;
import java.util.List;

/** A customer as one user may see it: contact details in full or masked, per their role. */
public record CustomerView(
        String customerNumber,
        CustomerKind kind,
        String name,
        String phone,
        String email,
        String address,
        String needs,
        Instant firstContactAt,
        SourceType sourceType,
        Industry industry,
        String ownerUserId,
        CustomerStatus status,
        boolean masked,
        List<Contact> contacts) {

    public record Contact(long id, int priority, String name, ContactRelation relation, String phone, String email,
                          String wechat, String authorisationScope, boolean reachable24h, String verificationStatus,
                          String status) {
    }

    public static CustomerView of(Customer c, List<EmergencyContact> contacts, boolean full) {
        return new CustomerView(c.customerNumber(), c.kind(), c.name(),
                full ? c.phone() : Masking.phone(c.phone()),
                full ? c.email() : Masking.email(c.email()),
                c.province() + c.city() + c.district() + c.street() + c.streetNumber(),
                c.needs(), c.firstContactAt(), c.sourceType(), c.industry(), c.ownerUserId(), c.status(), !full,
                contacts.stream().map(ec -> new Contact(ec.id(), ec.priority(), ec.name(), ec.relation(),
                        full ? ec.phone() : Masking.phone(ec.phone()),
                        full ? ec.email() : Masking.email(ec.email()),
                        full ? ec.wechat() : Masking.wechat(ec.wechat()),
                        ec.authorisationScope(), ec.reachable24h(), ec.verificationStatus(), ec.status())).toList());
    }

    /** One row of a search result. */
    public record Summary(String customerNumber, CustomerKind kind, String name, String phone, CustomerStatus status,
                          String ownerUserId) {

        public static Summary of(Customer c, boolean full) {
            return new Summary(c.customerNumber(), c.kind(), c.name(), full ? c.phone() : Masking.phone(c.phone()),
                    c.status(), c.ownerUserId());
        }
    }
}
