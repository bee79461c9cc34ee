package com.lifeline.entry;

import com.lifeline.customer.CustomerScopes;
import com.lifeline.org.OrgChart;
import com.lifeline.security.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entries through the REST API: the same rules as the Tasklist form, checked before anything is
 * stored; a clean entry starts customer-entry and runs to the supervisor's review in one transaction.
 */
@Service
public class EntrySubmissions {

    public static final String PROCESS_KEY = "customer-entry";

    private final EntryValidator validator;
    private final DuplicateFinder duplicates;
    private final EntryDrafts drafts;
    private final EntryService entries;
    private final OrgChart org;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final EntrantRoles roles;
    private final CustomerScopes scopes;

    EntrySubmissions(EntryValidator validator, DuplicateFinder duplicates, EntryDrafts drafts, EntryService entries,
                     OrgChart org, RuntimeService runtime, IdentityService identity, EntrantRoles roles,
                     CustomerScopes scopes) {
        this.roles = roles;
        this.scopes = scopes;
        this.validator = validator;
        this.duplicates = duplicates;
        this.drafts = drafts;
        this.entries = entries;
        this.org = org;
        this.runtime = runtime;
        this.identity = identity;
    }

    @Transactional
    public SubmittedEntry submit(EntrySubmission submission, DuplicateResolution resolution, CurrentUser entrant) {
        roles.requireMayEnter(entrant.groupIds());
        org.requireReviewable(entrant.userId());
        EntryCheck check = validator.check(submission);
        if (!check.valid()) {
            throw new EntryRejectedException(check.problems());
        }
        DuplicateFinder.DifferentFrom different = resolution == null ? DuplicateFinder.DifferentFrom.NONE
                : resolution.differentFrom();
        DuplicateFinder.Duplicate duplicate = duplicates.find(check.entry(), null, different, scopes.of(entrant))
                .orElse(null);
        if (duplicate != null && !resolves(resolution, duplicate)) {
            throw new DuplicateEntryException(duplicate);
        }
        long draftId = drafts.create(entrant.userId(), submission);
        if (duplicate != null && duplicate.otherTeam()) {
            return SubmittedEntry.offered(entries.offerToOwner(draftId));
        }
        if (duplicate != null) {
            return SubmittedEntry.attached(entries.attachToExisting(draftId, duplicate.customerNumber()).customerNumber());
        }
        if (different.otherTeams()) {
            drafts.confirmDifferentFromOtherTeams(draftId);
        }
        different.numbers().forEach(n -> drafts.confirmDifferentFrom(draftId, n));
        return SubmittedEntry.created(start(draftId, entrant));
    }

    /**
     * ATTACH names the customer the entrant may change; another team's customer, whose number they are
     * not told, can only be offered to its owner (an ATTACH naming it, even rightly guessed, is refused).
     */
    private static boolean resolves(DuplicateResolution resolution, DuplicateFinder.Duplicate duplicate) {
        if (resolution == null) {
            return false;
        }
        if (duplicate.otherTeam()) {
            return resolution.action() == DuplicateResolution.Action.OFFER_TO_OWNER;
        }
        return resolution.action() == DuplicateResolution.Action.ATTACH
                && duplicate.customerNumber().equals(resolution.customerNumber());
    }

    private String start(long draftId, CurrentUser entrant) {
        identity.setAuthentication(entrant.userId(), entrant.groupIds());
        try {
            ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(PROCESS_KEY)
                    .setVariable(EntryVariables.ENTRY_ID, draftId)
                    // checked a moment ago in this transaction; transient, so it never reaches history
                    .setVariable(EntryVariables.PRECHECKED, Variables.booleanValue(true, true))
                    .executeWithVariablesInReturn();
            return (String) instance.getVariables().get(EntryVariables.CUSTOMER_NUMBER);
        } finally {
            identity.clearAuthentication();
        }
    }
}
