package com.lifeline.contactoffer;

/** Process variables of contact-offer.bpmn: ids, user ids and the owner's decision, never contact data. */
public final class ContactOfferVariables {

    public static final String PROCESS_KEY = "contact-offer";

    public static final String OFFER_ID = "offerId";
    public static final String CUSTOMER_NUMBER = "customerNumber";
    /** How the task names the customer: its number, plus the registered name of a company. */
    public static final String CUSTOMER_LABEL = "customerLabel";
    /** The customer's owner, who decides (a routing variable: a staff handover moves it). */
    public static final String OWNER = "owner";
    public static final String OFFERED_BY = "offeredBy";
    public static final String DECISION = "offerDecision";
    public static final String REJECT_REASON = "offerRejectReason";
    public static final String DECIDED_BY = "offerDecidedBy";
    public static final String CONTACTS_ADDED = "contactsAdded";

    private ContactOfferVariables() {
    }
}
