package com.lifeline.entry;

/** Process variables of customer-entry.bpmn: ids, codes and messages only, never contact data. */
public final class EntryVariables {

    public static final String ENTRY_ID = "entryId";
    public static final String ENTRANT = "entrant";
    public static final String OUTCOME = "entryOutcome";
    public static final String PROBLEM_SUMMARY = "entryProblemSummary";
    public static final String PROBLEM_PREFIX = "problem_";
    public static final String DUPLICATE_SUMMARY = "duplicateSummary";
    public static final String DUPLICATE_CUSTOMER_NUMBER = "duplicateCustomerNumber";
    public static final String DUPLICATE_RESOLUTION = "duplicateResolution";
    /** The duplicate belongs to another team: its number is not set, and the choice is OFFER or DIFFERENT. */
    public static final String DUPLICATE_OTHER_TEAM = "duplicateOtherTeam";
    /** The Resolve duplicate form's choice for another team's customer: OFFER or DIFFERENT. */
    public static final String OTHER_TEAM_RESOLUTION = "otherTeamResolution";
    public static final String CONTACT_OFFER_ID = "contactOfferId";
    public static final String CUSTOMER_ID = "customerId";
    public static final String CUSTOMER_NUMBER = "customerNumber";
    public static final String CUSTOMER_LABEL = "customerLabel";
    public static final String OWNER = "owner";
    /** Who completed the review (set by its listener); the model's assignee expression chose them. */
    public static final String REVIEWER = "reviewer";
    /** Input parameter of Task_EscalateReview: whom the overdue review is escalated to. */
    public static final String ESCALATE_TO = "escalateTo";
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String REVIEW_COMMENT = "reviewComment";
    public static final String CONFIRMATION_ID = "confirmationId";
    /** Transient, set only by POST /api/entries: the caller waits for the check's answer ({@link ApiEntryRequest}). */
    public static final String API_REQUEST = "apiEntryRequest";
    /** Transient: the refused check outcome of an API entry, thrown by the end it is routed to. */
    public static final String REFUSAL = "entryRefusal";

    private EntryVariables() {
    }
}
