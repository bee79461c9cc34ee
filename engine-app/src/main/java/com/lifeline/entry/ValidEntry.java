package com.lifeline.entry;

import com.lifeline.consent.ConsentChannel;
import com.lifeline.contact.ContactRelation;
import com.lifeline.customer.CompanySize;
import com.lifeline.customer.CustomerKind;
import com.lifeline.customer.Industry;
import com.lifeline.customer.SourceType;

import java.time.Instant;
import java.util.List;

/** An entry that passed every check: canonical phones (E.164), lower-case emails, typed codes. */
public record ValidEntry(Customer customer, List<Contact> contacts, Consent consent, boolean lateEntry) {

    public record Customer(
            CustomerKind kind,
            String name,
            String nameKey,
            String phone,
            String email,
            String region,
            String province,
            String city,
            String district,
            String street,
            String streetNumber,
            String needs,
            Instant firstContactAt,
            SourceType sourceType,
            Industry industry,
            CompanySize companySize,
            String preferences,
            String historyNotes,
            String tags) {
    }

    /** priority 1 is the primary contact, 2 the backup. */
    public record Contact(
            int priority,
            String name,
            String nameKey,
            ContactRelation relation,
            String phone,
            String email,
            String wechat,
            String scope,
            boolean reachable24h,
            boolean informed) {
    }

    public record Consent(
            boolean service,
            boolean emergency,
            boolean marketing,
            ConsentChannel channel,
            String evidence) {
    }
}
