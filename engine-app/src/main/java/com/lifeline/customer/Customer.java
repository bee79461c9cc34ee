package com.lifeline.customer;

import java.time.Instant;

/** A customer record as stored. Phones in E.164, emails lower-case. */
public record Customer(
        Long id,
        String customerNumber,
        String regionCode,
        CustomerKind kind,
        String name,
        String phone,
        String email,
        String province,
        String city,
        String district,
        String street,
        String streetNumber,
        String needs,
        Instant firstContactAt,
        SourceType sourceType,
        Industry industry,
        String ownerUserId,
        CompanySize companySize,
        String preferences,
        String historyNotes,
        String tags,
        CustomerStatus status,
        boolean lateEntry,
        Long entryId,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    /** How tasks name this customer: the number, plus the registered name for companies only. */
    public String taskLabel() {
        return taskLabel(kind, customerNumber, name);
    }

    /** The same label from a record's parts (e.g. the entry just saved, without reading it back). */
    public static String taskLabel(CustomerKind kind, String customerNumber, String name) {
        return kind == CustomerKind.COMPANY ? customerNumber + " " + name : customerNumber;
    }
}
