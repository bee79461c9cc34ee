package com.lifeline.access;

/** Process variables of access-request.bpmn: user ids, the customer number and id, the stated reason. */
public final class AccessVariables {

    public static final String PROCESS_KEY = "access-request";

    public static final String REQUESTER = "requester";
    public static final String CUSTOMER_NUMBER = "customerNumber";
    public static final String CUSTOMER_ID = "customerId";
    public static final String REASON = "reason";
    public static final String DAYS = "days";
    /** The customer's owner when the request was made (the model routes the second approval from it). */
    public static final String OWNER = "owner";
    /** The approvers: input parameters of the model's approval sub-process, and the prefixes of their answers. */
    public static final String REQUESTER_SUPERVISOR = "requesterSupervisor";
    public static final String OWNER_SUPERVISOR = "ownerSupervisor";

    /** What the approval form submits; moved into the per-approver variables below on completion. */
    public static final String APPROVAL_DECISION = "approvalDecision";
    public static final String APPROVAL_COMMENT = "approvalComment";
    public static final String DECISION_SUFFIX = "Decision";
    public static final String COMMENT_SUFFIX = "Comment";
    public static final String APPROVED_BY_SUFFIX = "ApprovedBy";

    public static final String GRANT_ID = "grantId";
    public static final String GRANT_EXPIRES_AT = "grantExpiresAt";

    public static final String REQUESTER_TASK = "Task_RequesterSupervisorApproval";
    public static final String OWNER_TASK = "Task_OwnerSupervisorApproval";

    private AccessVariables() {
    }

    /** The variable prefix for an approval task's outcome: requesterSupervisor… or ownerSupervisor…. */
    static String prefixOf(String taskDefinitionKey) {
        return switch (taskDefinitionKey) {
            case REQUESTER_TASK -> REQUESTER_SUPERVISOR;
            case OWNER_TASK -> OWNER_SUPERVISOR;
            default -> throw new IllegalArgumentException("not an approval task: " + taskDefinitionKey);
        };
    }
}
