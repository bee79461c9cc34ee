package com.lifeline.dormancy;

/** Process variables of dormancy-check.bpmn: ids, codes and the owner, set by the sweep; the model's routing; the check form's two fields. */
final class DormancyVariables {

    static final String PROCESS_KEY = "dormancy-check";
    static final String CHECK_ID = "dormancyCheckId";
    static final String CUSTOMER_ID = "customerId";
    static final String CUSTOMER_NUMBER = "customerNumber";
    /** the customer's owner: the model routes by their department (dormancy-stewards.dmn); handover moves it */
    static final String OWNER = "owner";
    /** Task_ChooseSteward's answer: the candidate group of the check */
    static final String STEWARD_GROUP = "stewardGroup";
    /** Task_EscalateDormancyCheck's input parameter: whom the model escalates to */
    static final String ESCALATE_TO = "escalateTo";
    /** the check form's fields; dormancyNote is moved into the store by the task's listener */
    static final String OUTCOME = "dormancyOutcome";
    static final String NOTE = "dormancyNote";

    private DormancyVariables() {
    }
}
