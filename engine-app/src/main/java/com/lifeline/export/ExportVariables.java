package com.lifeline.export;

/** Process variables of export-approval: ids, counts and codes set by the application, and the approval form's fields. */
final class ExportVariables {

    static final String PROCESS_KEY = "export-approval";
    static final String REQUEST_ID = "exportRequestId";
    static final String REQUESTED_BY = "requestedBy";
    static final String RECORD_COUNT = "recordCount";
    /** from export-approvers.dmn */
    static final String HEAD_APPROVAL = "headApproval";
    static final String COMMITTEE_GROUP = "committeeGroup";
    /** the approval form's fields; the reason is moved into the store by the task's listener */
    static final String DECISION = "exportDecision";
    static final String DECISION_REASON = "exportDecisionReason";

    private ExportVariables() {
    }
}
