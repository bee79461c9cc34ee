package com.lifeline.contactcare;

import java.util.Set;

/** Process variables of contact-replacement: ids and codes, set by the application only; and its form's keys. */
final class ReplacementVariables {

    static final String PROCESS_KEY = "contact-replacement";
    static final String TASK = "Task_ObtainReplacement";
    static final String CUSTOMER_ID = "customerId";
    static final String CUSTOMER_NUMBER = "customerNumber";
    static final String OWNER = "owner";
    static final String INVALID_CONTACT_ID = "invalidContactId";
    /** the escalation step's input parameter: whom the model escalates to */
    static final String ESCALATE_TO = "escalateTo";

    /** forms/contact-replacement.form: a person's details and consent, moved into the store on completion */
    static final Set<String> FORM_KEYS = Set.of("contactName", "contactRelation", "contactPhone", "contactEmail",
            "contactWechat", "contactScope", "contactReachable24h", "contactInformed", "consentService",
            "consentEmergency", "consentMarketing", "consentChannel", "consentEvidence");

    private ReplacementVariables() {
    }
}
