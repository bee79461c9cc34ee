package com.lifeline.followup;

/** Process variables of follow-up.bpmn. */
final class FollowUpVariables {

    static final String PROCESS_KEY = "follow-up";
    /** the start form's fields; participants, content and nextAction are moved into the store at once */
    static final String CUSTOMER_NUMBER = "customerNumber";
    static final String OCCURRED_AT = "occurredAt";
    static final String METHOD = "method";
    static final String PARTICIPANTS = "participants";
    static final String CONTENT = "content";
    static final String NEXT_ACTION_ON = "nextActionOn";
    static final String NEXT_ACTION = "nextAction";
    /** set by the engine (the start event's initiator): the reminder goes to whoever recorded it */
    static final String RECORDED_BY = "recordedBy";
    /** set by Task_RecordFollowUp */
    static final String FOLLOW_UP_ID = "followUpId";
    static final String HAS_NEXT_ACTION = "hasNextAction";
    static final String NEXT_ACTION_DUE = "nextActionDue";

    private FollowUpVariables() {
    }
}
