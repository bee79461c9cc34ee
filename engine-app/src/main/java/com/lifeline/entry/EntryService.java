package com.lifeline.entry;

import com.lifeline.contactoffer.ContactOffers;
import com.lifeline.customer.CustomerMapper;
import com.lifeline.customer.CustomerRecord;
import com.lifeline.customer.CustomerScopes;
import com.lifeline.customer.CustomerService;
import com.lifeline.customer.DuplicateFinder;
import com.lifeline.customer.NotAllowedException;
import com.lifeline.customer.SavedCustomer;
import com.lifeline.database.GeneratedId;
import com.lifeline.org.OrgChart;
import com.lifeline.security.CurrentUser;
import com.lifeline.web.TaskInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The entry's business steps, shared by the BPMN delegates and the REST API. Each step reads and
 * writes the entry's draft itself ({@link EntryDraftMapper}) and the customer store through its
 * services, so from a delegate to the SQL is one call.
 */
@Service
public class EntryService {

    private final EntryDraftMapper drafts;
    private final EntryDraftPayloads payloads;
    private final EntryValidator validator;
    private final DuplicateFinder duplicates;
    private final CustomerService customers;
    private final CustomerMapper customerStore;
    private final CustomerScopes scopes;
    private final ContactOffers offers;
    private final EntrantRoles roles;
    private final OrgChart org;
    private final Clock clock;

    EntryService(EntryDraftMapper drafts, EntryDraftPayloads payloads, EntryValidator validator,
                 DuplicateFinder duplicates, CustomerService customers, CustomerMapper customerStore,
                 CustomerScopes scopes, ContactOffers offers, EntrantRoles roles, OrgChart org, Clock clock) {
        this.drafts = drafts;
        this.payloads = payloads;
        this.validator = validator;
        this.duplicates = duplicates;
        this.customers = customers;
        this.customerStore = customerStore;
        this.scopes = scopes;
        this.offers = offers;
        this.roles = roles;
        this.org = org;
        this.clock = clock;
    }

    /** Stores what was submitted: a new draft when draftId is null, else the draft's new content. */
    @Transactional
    public long capture(Long draftId, String entrant, EntrySubmission submission) {
        if (draftId == null) {
            GeneratedId key = new GeneratedId();
            drafts.insert(key, entrant, payloads.write(EntryDraftPayload.of(submission), null), clock.instant());
            return key.getId();
        }
        EntryDraft draft = draft(draftId);
        rewrite(draft, payloads.read(draft).withSubmission(submission));
        return draftId;
    }

    /**
     * Every check of an entry, wherever it came from (Task_CheckEntry is their only caller): the entrant
     * may enter customers and has a supervisor to review them (else NotAllowedException /
     * NotInOrgChartException), then the rules and the duplicate search. apiRequest is non-null when a
     * REST caller waits for the answer.
     */
    public EntryOutcome check(long draftId, ApiEntryRequest apiRequest) {
        EntryDraft draft = draft(draftId);
        // a REST entry brings the groups its login read moments ago; otherwise they come from the engine
        CurrentUser entrant = (apiRequest == null ? Optional.<CurrentUser>empty() : apiRequest.caller(draft.entrant()))
                .orElseGet(() -> new CurrentUser(draft.entrant(),
                        draft.entrant() == null ? List.of() : roles.groupsOf(draft.entrant())));
        roles.requireMayEnter(entrant);
        org.requireReviewable(draft.entrant());
        EntryOutcome outcome = outcome(draft, entrant);
        return apiRequest == null ? outcome : outcome.answeringApi(apiRequest);
    }

    private EntryOutcome outcome(EntryDraft draft, CurrentUser entrant) {
        EntryDraftPayload payload = payloads.read(draft);
        EntryCheck check = validator.check(payload.submission());
        if (!check.valid()) {
            return EntryOutcome.invalid(check.problems());
        }
        return duplicates.find(check.entry(), draft.customerId(), payload.differentFrom(), scopes.of(entrant))
                .map(EntryOutcome::duplicate)
                .orElseGet(EntryOutcome::valid);
    }

    /**
     * Saves a checked entry: a new numbered customer, or the corrected one it already became. The draft
     * stays (the supervisor may return the entry for correction), sealed from now on with the customer's key.
     */
    @Transactional
    public SavedCustomer save(long draftId) {
        EntryDraft draft = draft(draftId);
        EntryDraftPayload payload = payloads.read(draft);
        CustomerRecord entry = checked(payload.submission());
        if (draft.customerId() != null) {
            return customers.correct(draft.customerId(), entry, draft.entrant());
        }
        SavedCustomer saved = customers.create(entry, draftId, draft.entrant());
        drafts.markSaved(draftId, saved.id(), payloads.write(payload, saved.id()), clock.instant());
        return saved;
    }

    /** The supervisor approved: the customer becomes ACTIVE and the draft has served its purpose. */
    @Transactional
    public void activate(long draftId, long customerId, String reviewer) {
        customers.activate(customerId, reviewer);
        drafts.delete(draftId);
    }

    /** The entry process ended without its draft being used up (cancelled, abandoned): the draft goes too. */
    @Transactional
    public void discardDraft(long draftId) {
        drafts.delete(draftId);
    }

    /** Only onto a customer the entrant may change: another team's customer gets an offer instead. */
    @Transactional
    public SavedCustomer attachToExisting(long draftId, String customerNumber) {
        EntryDraft draft = draft(draftId);
        if (customerNumber == null
                || customerStore.findByNumberInScope(customerNumber, scopes.ofUser(draft.entrant()).writable()).isEmpty()) {
            throw new NotAllowedException("只能并入您有权修改的客户;属于其他团队的客户,请把新联系人交给其负责人确认");
        }
        SavedCustomer existing = customers.attachContacts(customerNumber, checked(payloads.read(draft).submission()),
                draft.entrant());
        drafts.delete(draftId);
        return existing;
    }

    /**
     * The entry duplicates another team's customer: its contacts go to that customer's owner to accept
     * or reject (contact-offer.bpmn), and the draft is removed. Returns the offer id.
     */
    @Transactional
    public long offerToOwner(long draftId) {
        EntryDraft draft = draft(draftId);
        EntryDraftPayload payload = payloads.read(draft);
        CustomerRecord entry = checked(payload.submission());
        DuplicateFinder.Duplicate duplicate = duplicates.findAll(entry, null, payload.differentFrom(),
                        scopes.ofUser(draft.entrant())).stream()
                .filter(DuplicateFinder.Duplicate::otherTeam).findFirst()
                .orElseThrow(() -> new TaskInputException("如何处理", "该录入已不再与其他团队的客户重复,请重新选择"));
        long offerId = offers.offer(duplicate.customerNumber(), draftId, draft.entrant(), entry.contacts(), entry.consent());
        drafts.delete(draftId);
        return offerId;
    }

    /** customerNumber null: different from the other team's customer it matched (whose number the entrant never saw). */
    @Transactional
    public void confirmDifferentFrom(long draftId, String customerNumber) {
        EntryDraft draft = draft(draftId);
        rewrite(draft, payloads.read(draft).differentFrom(customerNumber));
    }

    public EntrySubmission submission(long draftId) {
        return payloads.read(draft(draftId)).submission();
    }

    private EntryDraft draft(long id) {
        return drafts.findById(id).orElseThrow(() -> new IllegalStateException("entry draft " + id + " is missing"));
    }

    private void rewrite(EntryDraft draft, EntryDraftPayload payload) {
        drafts.updatePayload(draft.id(), payloads.write(payload, draft.customerId()), clock.instant());
    }

    private CustomerRecord checked(EntrySubmission submission) {
        EntryCheck check = validator.check(submission);
        if (!check.valid()) {
            throw new IllegalStateException("an entry is saved only after it passed the checks");
        }
        return check.entry();
    }
}
