package com.lifeline.reverification;

/** Process variables of contact-verification: ids and codes, set by the application only. */
final class VerificationVariables {

    static final String PROCESS_KEY = "contact-verification";
    static final String VERIFICATION_ID = "verificationId";
    static final String CUSTOMER_ID = "customerId";
    static final String CUSTOMER_NUMBER = "customerNumber";
    static final String OWNER = "owner";
    /** the contacts to verify, in the form's order: ids, comma-separated */
    static final String CONTACT_IDS = "contactIds";
    static final String CONTACTS_CHANGED = "contactsChanged";
    static final String ESCALATE_TO = "escalateTo";
    /** the form's fields of the n-th contact (1-based) */
    static final int MAX_CONTACTS = 5;

    static String outcomeField(int n) {
        return "contact" + n + "Outcome";
    }

    static String methodField(int n) {
        return "contact" + n + "Method";
    }

    static String summaryField(int n) {
        return "contact" + n + "Summary";
    }

    private VerificationVariables() {
    }
}
