package com.lifeline.quality;

/**
 * The figures of DOMAIN.md (数据质量) for one department or overall. Rates are shares between 0 and 1,
 * rounded to 4 places, null when there is nothing to divide by; the counts behind them are included.
 *
 * @param requiredFieldFillRate      filled required fields / required fields of all customers (13 each)
 * @param silentOverMonthShare       ACTIVE customers without interaction for over a month / ACTIVE customers
 * @param invalidContactRate         current contacts marked INVALID / current contacts
 * @param fewerThanTwoValidContacts  ACTIVE customers with fewer than two valid contacts
 * @param overdueVerifications       open verification tasks past their due date
 * @param reviewSlaBreaches          customers whose entry review was escalated (not done within 1 working day)
 * @param lateEntries                customers entered later than 24 h after first contact
 */
public record QualityFigures(String departmentId, String departmentName, int customers, Double requiredFieldFillRate,
                             int activeCustomers, int silentOverMonth, Double silentOverMonthShare, int contacts,
                             int invalidContacts, Double invalidContactRate, int fewerThanTwoValidContacts,
                             int overdueVerifications, int reviewSlaBreaches, int lateEntries) {

    static QualityFigures of(DepartmentCounts c, String departmentName) {
        return new QualityFigures(c.departmentId(), departmentName, c.customers(),
                share(c.requiredFieldsFilled(), c.requiredFields()), c.activeCustomers(), c.silentOverMonth(),
                share(c.silentOverMonth(), c.activeCustomers()), c.contacts(), c.invalidContacts(),
                share(c.invalidContacts(), c.contacts()), c.fewerThanTwoValid(), c.overdueVerifications(),
                c.reviewSlaBreaches(), c.lateEntries());
    }

    static Double share(int part, int whole) {
        return whole == 0 ? null : Math.round(10_000.0 * part / whole) / 10_000.0;
    }
}
