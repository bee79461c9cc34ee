package com.lifeline.deletion;

/** Process variables of deletion-approval: ids and codes, set by the application only. */
final class DeletionVariables {

    static final String PROCESS_KEY = "deletion-approval";
    static final String REQUEST_ID = "deletionRequestId";
    static final String CUSTOMER_ID = "customerId";
    static final String CUSTOMER_NUMBER = "customerNumber";
    static final String OWNER = "owner";
    static final String HELD = "deletionHeld";
    /** the approval form's fields; decisionReason is moved into the store by the task's listener */
    static final String DECISION = "deletionDecision";
    static final String DECISION_REASON = "decisionReason";

    private DeletionVariables() {
    }
}
