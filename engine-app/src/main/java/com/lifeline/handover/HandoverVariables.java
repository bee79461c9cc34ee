package com.lifeline.handover;

import java.util.List;

/** Process variables of staff-handover.bpmn: user ids and counts only. */
public final class HandoverVariables {

    public static final String PROCESS_KEY = "staff-handover";

    public static final String ADMIN = "handoverAdmin";
    public static final String LEAVER = "leaverId";
    public static final String SUCCESSOR = "successorId";
    public static final String NOTE = "note";
    public static final String ACKNOWLEDGED = "acknowledged";

    public static final String CUSTOMERS_MOVED = "customersMoved";
    public static final String TASKS_MOVED = "tasksMoved";
    public static final String CANDIDATE_LINKS_MOVED = "candidateLinksMoved";
    public static final String VARIABLES_CHANGED = "variablesChanged";
    public static final String ORG_REFERENCES_MOVED = "orgReferencesMoved";
    public static final String GRANTS_REVOKED = "grantsRevoked";

    /**
     * Variables in running processes that name who does future work (customer-entry's owner, departmentHead,
     * entrant; access-request's two approvers; contact-offer's owner). A leaver's id in one of them moves to
     * the successor. Requesters are not moved: a request is personal to whoever made it; nor is who
     * reviewed an entry (customer-entry's reviewer), a fact of the past. The models' routing expressions
     * read the org chart, which the handover updates too.
     */
    public static final List<String> ROUTING_VARIABLES = List.of(
            "owner", "departmentHead", "entrant", "requesterSupervisor", "ownerSupervisor");

    private HandoverVariables() {
    }
}
