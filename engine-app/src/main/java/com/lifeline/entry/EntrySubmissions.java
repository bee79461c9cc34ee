package com.lifeline.entry;

import com.lifeline.org.OrgChart;
import com.lifeline.security.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Objects;
import java.util.Set;

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

    EntrySubmissions(EntryValidator validator, DuplicateFinder duplicates, EntryDrafts drafts, EntryService entries,
                     OrgChart org, RuntimeService runtime, IdentityService identity, EntrantRoles roles) {
        this.roles = roles;
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
        Set<String> declaredDifferent = resolution != null && resolution.action() == DuplicateResolution.Action.DIFFERENT
                ? Set.of(Objects.requireNonNullElse(resolution.customerNumber(), "")) : Set.of();
        DuplicateFinder.Duplicate duplicate = duplicates.find(check.entry(), null, declaredDifferent).orElse(null);
        if (duplicate != null && (resolution == null || !duplicate.customerNumber().equals(resolution.customerNumber()))) {
            throw new DuplicateEntryException(duplicate);
        }
        long draftId = drafts.create(entrant.userId(), submission);
        if (duplicate != null) {
            return new SubmittedEntry(entries.attachToExisting(draftId, duplicate.customerNumber()).customerNumber(), false);
        }
        declaredDifferent.stream().filter(n -> !n.isEmpty()).forEach(n -> drafts.confirmDifferentFrom(draftId, n));
        return new SubmittedEntry(start(draftId, entrant), true);
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
