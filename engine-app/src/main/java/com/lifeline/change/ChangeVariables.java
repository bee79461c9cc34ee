package com.lifeline.change;

/** Process variables of customer-change: numbers, ids and codes; set by the application or a calling process. */
final class ChangeVariables {

    static final String CUSTOMER_NUMBER = "customerNumber";
    static final String REASON = "changeReason";
    static final String REASON_TEXT = "changeReasonText";
    static final String INITIATOR = "initiator";
    /** set by PUT /api/customers/…: the change is drafted already and skips the form */
    static final String CHANGE_ID = "changeId";
    /** a customer's correction request (customer_confirmation id) that the change answers */
    static final String CORRECTION_ID = "confirmationId";
    static final String DRAFTED = "changeDrafted";
    static final String CUSTOMER_ID = "customerId";
    static final String CUSTOMER_LABEL = "customerLabel";
    static final String OWNER = "owner";
    static final String EDITOR = "editor";
    static final String KEY_FIELDS_PENDING = "keyFieldsPending";
    /** the call and refusal forms' decisions; the call note is moved into the store */
    static final String CALL_OUTCOME = "callOutcome";
    static final String CALL_NOTE = "callNote";
    static final String REFUSAL_DECISION = "refusalDecision";

    private ChangeVariables() {
    }
}
