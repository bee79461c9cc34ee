package com.lifeline.customer;

import java.time.Instant;

/** A customer's own fields as they go into the store, checked: E.164 phone, lower-case email, typed codes. */
public record CustomerDetails(
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
