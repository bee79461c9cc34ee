package com.lifeline.entry;

import com.lifeline.formguard.ApplicationCalls;
import com.lifeline.security.CurrentUser;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/**
 * Entries through the REST API take the Tasklist path: the submission is stored as a draft and
 * customer-entry starts, as the entrant, in this transaction. Task_CheckEntry runs every check; an
 * invalid entry or an unresolved duplicate ends at "API 录入被拒绝", whose exception rolls the whole
 * start back (nothing stored) and becomes the 400 or 409.
 */
@Service
public class EntrySubmissions {

    public static final String PROCESS_KEY = "customer-entry";

    private final EntryService entries;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final EntrantRoles roles;

    EntrySubmissions(EntryService entries, RuntimeService runtime, IdentityService identity, EntrantRoles roles) {
        this.entries = entries;
        this.runtime = runtime;
        this.identity = identity;
        this.roles = roles;
    }

    @Transactional
    public SubmittedEntry submit(EntrySubmission submission, DuplicateResolution resolution, CurrentUser entrant) {
        long draftId = entries.capture(null, entrant.userId(), submission);
        DuplicateResolution.Action action = resolution == null ? null : resolution.action();
        if (action == DuplicateResolution.Action.DIFFERENT) {
            // without a number: different from the other team's customer it matched
            entries.confirmDifferentFrom(draftId, blankToNull(resolution.customerNumber()));
        }
        ApiEntryRequest request = new ApiEntryRequest(
                action == DuplicateResolution.Action.ATTACH ? resolution.customerNumber() : null,
                action == DuplicateResolution.Action.OFFER_TO_OWNER, entrant);
        Map<String, Object> variables = start(draftId, request, entrant);
        Object outcome = variables.get(EntryVariables.OUTCOME);
        if (EntryOutcome.Kind.OFFER.name().equals(outcome)) {
            return SubmittedEntry.offered((Long) variables.get(EntryVariables.CONTACT_OFFER_ID));
        }
        String number = (String) variables.get(EntryVariables.CUSTOMER_NUMBER);
        return EntryOutcome.Kind.ATTACH.name().equals(outcome) ? SubmittedEntry.attached(number) : SubmittedEntry.created(number);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private Map<String, Object> start(long draftId, ApiEntryRequest request, CurrentUser entrant) {
        identity.setAuthentication(entrant.userId(), entrant.groupIds());
        try {
            // the draft id and the request are ours, not the caller's: the form guard lets them through
            return ApplicationCalls.run(() -> runtime.createProcessInstanceByKey(PROCESS_KEY)
                    .setVariable(EntryVariables.ENTRY_ID, draftId)
                    .setVariable(EntryVariables.API_REQUEST, Variables.objectValue(request, true).create())
                    .executeWithVariablesInReturn()
                    .getVariables());
        } catch (AuthorizationException e) {
            // no CREATE_INSTANCE on customer-entry: the grant follows the entrant roles
            throw roles.notAllowed();
        } finally {
            identity.clearAuthentication();
        }
    }
}
