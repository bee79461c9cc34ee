package com.lifeline.dormancy;

/** Process variables of dormancy-check.bpmn: ids and codes, set by the sweep, and the check form's two fields. */
final class DormancyVariables {

    static final String PROCESS_KEY = "dormancy-check";
    static final String CHECK_ID = "dormancyCheckId";
    static final String CUSTOMER_ID = "customerId";
    static final String CUSTOMER_NUMBER = "customerNumber";
    /** the data steward the sweep gave the check to; escalation goes to their supervisor */
    static final String STEWARD = "steward";
    /** Task_EscalateDormancyCheck's input parameter: whom the model escalates to */
    static final String ESCALATE_TO = "escalateTo";
    /** the check form's fields; dormancyNote is moved into the store by the task's listener */
    static final String OUTCOME = "dormancyOutcome";
    static final String NOTE = "dormancyNote";

    private DormancyVariables() {
    }
}
