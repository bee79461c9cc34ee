package com.lifeline.quality;

import java.time.LocalDate;

/** A day's stored counts of one department ('' overall). */
public record Snapshot(LocalDate takenOn, String departmentId, int customers, int requiredFields,
                       int requiredFieldsFilled, int activeCustomers, int silentOverMonth, int contacts,
                       int invalidContacts, int fewerThanTwoValid, int overdueVerifications, int reviewSlaBreaches,
                       int lateEntries) {

    DepartmentCounts counts() {
        return new DepartmentCounts(departmentId, customers, requiredFields, requiredFieldsFilled, activeCustomers,
                silentOverMonth, contacts, invalidContacts, fewerThanTwoValid, overdueVerifications, reviewSlaBreaches,
                lateEntries);
    }
}
