package com.lifeline.customer;

import com.lifeline.contact.ContactMapper.SealedContact;
import com.lifeline.contact.EmergencyContact;
import com.lifeline.contact.NewContact;
import com.lifeline.crypto.CustomerCrypto.DataKey;
import com.lifeline.crypto.FieldCipher;
import org.springframework.stereotype.Component;

/**
 * Which fields of a customer and its contacts are personal, and their sealing with the customer's
 * data key: every one of them is encrypted (the README lists them), so destroying the key leaves
 * nothing readable. A company's registered name stays in clear; so do codes, dates and statuses.
 */
@Component
class CustomerSealing {

    private final FieldCipher cipher;

    CustomerSealing(FieldCipher cipher) {
        this.cipher = cipher;
    }

    SealedCustomer seal(DataKey key, CustomerDetails c) {
        boolean company = c.kind() == CustomerKind.COMPANY;
        return new SealedCustomer(company ? c.name() : seal(key, "customer.name", c.name()),
                company ? c.nameKey() : null, cipher.nameIndex(c.nameKey()),
                seal(key, "customer.phone", c.phone()), cipher.index(c.phone()),
                seal(key, "customer.email", c.email()), cipher.index(c.email()),
                seal(key, "customer.province", c.province()), seal(key, "customer.city", c.city()),
                seal(key, "customer.district", c.district()), seal(key, "customer.street", c.street()),
                seal(key, "customer.streetNumber", c.streetNumber()), seal(key, "customer.needs", c.needs()),
                seal(key, "customer.preferences", c.preferences()), seal(key, "customer.historyNotes", c.historyNotes()),
                seal(key, "customer.tags", c.tags()));
    }

    Customer open(DataKey key, Customer s) {
        String name = s.kind() == CustomerKind.COMPANY ? s.name() : open(key, "customer.name", s.name());
        return new Customer(s.id(), s.customerNumber(), s.regionCode(), s.kind(), name,
                open(key, "customer.phone", s.phone()), open(key, "customer.email", s.email()),
                open(key, "customer.province", s.province()), open(key, "customer.city", s.city()),
                open(key, "customer.district", s.district()), open(key, "customer.street", s.street()),
                open(key, "customer.streetNumber", s.streetNumber()), open(key, "customer.needs", s.needs()),
                s.firstContactAt(), s.sourceType(), s.industry(), s.ownerUserId(), s.companySize(),
                open(key, "customer.preferences", s.preferences()), open(key, "customer.historyNotes", s.historyNotes()),
                open(key, "customer.tags", s.tags()), s.status(), s.lateEntry(), s.entryId(), s.createdBy(),
                s.createdAt(), s.updatedAt());
    }

    SealedContact seal(DataKey key, NewContact c) {
        return new SealedContact(seal(key, "contact.name", c.name()), cipher.nameIndex(c.nameKey()),
                seal(key, "contact.phone", c.phone()), cipher.index(c.phone()), seal(key, "contact.email", c.email()),
                seal(key, "contact.wechat", c.wechat()), seal(key, "contact.scope", c.scope()));
    }

    EmergencyContact open(DataKey key, EmergencyContact c) {
        return new EmergencyContact(c.id(), c.customerId(), open(key, "contact.name", c.name()), c.relation(),
                open(key, "contact.phone", c.phone()), open(key, "contact.email", c.email()),
                open(key, "contact.wechat", c.wechat()), open(key, "contact.scope", c.authorisationScope()), c.priority(),
                c.reachable24h(), c.informed(), c.lastVerifiedAt(), c.verificationStatus(), c.status());
    }

    /** A change-log value: whatever a field held may be personal, so every value is sealed. */
    String sealChange(DataKey key, String field, String value) {
        return seal(key, "change." + field, value);
    }

    String seal(DataKey key, String field, String plaintext) {
        return cipher.seal(key, field, plaintext);
    }

    String nameIndex(String nameKey) {
        return cipher.nameIndex(nameKey);
    }

    private String open(DataKey key, String field, String ciphertext) {
        return cipher.open(key, field, ciphertext);
    }
}
