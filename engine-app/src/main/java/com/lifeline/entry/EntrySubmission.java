package com.lifeline.entry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What staff submit for a new customer, before any check: raw text as typed, from the Tasklist
 * form or the REST API. {@link EntryValidator} turns it into problems or a clean entry.
 */
public record EntrySubmission(CustomerPart customer, List<ContactPart> contacts, ConsentPart consent) {

    public EntrySubmission {
        // an unmodifiable copy that keeps null elements ([null, {...}]): the validator names them, List.copyOf would throw
        contacts = contacts == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(contacts));
    }

    public record CustomerPart(
            String kind,
            String name,
            String phone,
            String email,
            String region,
            String province,
            String city,
            String district,
            String street,
            String streetNumber,
            String needs,
            String firstContactAt,
            String sourceType,
            String industry,
            String companySize,
            String preferences,
            String historyNotes,
            String tags) {
    }

    public record ContactPart(
            String name,
            String relation,
            String phone,
            String email,
            String wechat,
            String scope,
            Boolean reachable24h,
            Boolean informed) {
    }

    public record ConsentPart(
            Boolean service,
            Boolean emergency,
            Boolean marketing,
            String channel,
            String evidence) {
    }
}
