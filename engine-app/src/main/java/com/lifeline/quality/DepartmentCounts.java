package com.lifeline.quality;

/**
 * The raw counts of one department (its customers are its members' customers), from which every figure
 * follows; {@code departmentId} is empty for customers whose owner is in no department, and for the total.
 */
public record DepartmentCounts(String departmentId, int customers, int requiredFields, int requiredFieldsFilled,
                               int activeCustomers, int silentOverMonth, int contacts, int invalidContacts,
                               int fewerThanTwoValid, int overdueVerifications, int reviewSlaBreaches, int lateEntries) {

    static DepartmentCounts total(Iterable<DepartmentCounts> parts) {
        int[] sum = new int[11];
        for (DepartmentCounts p : parts) {
            int[] v = {p.customers, p.requiredFields, p.requiredFieldsFilled, p.activeCustomers, p.silentOverMonth,
                    p.contacts, p.invalidContacts, p.fewerThanTwoValid, p.overdueVerifications, p.reviewSlaBreaches,
                    p.lateEntries};
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        }
        return new DepartmentCounts("", sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6], sum[7], sum[8], sum[9], sum[10]);
    }
}
