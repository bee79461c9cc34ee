package com.lifeline.entry;

import com.lifeline.contactoffer.ContactOffers;
import com.lifeline.customer.CustomerMapper;
import com.lifeline.customer.CustomerRecord;
import com.lifeline.customer.CustomerScopes;
import com.lifeline.customer.CustomerService;
import com.lifeline.customer.NotAllowedException;
import com.lifeline.customer.SavedCustomer;
import com.lifeline.org.OrgChart;
import com.lifeline.web.TaskInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The entry's business steps, shared by the BPMN delegates and the REST API. */
@Service
public class EntryService {

    private final EntryDrafts drafts;
    private final EntryValidator validator;
    private final DuplicateFinder duplicates;
    private final CustomerService customers;
    private final CustomerMapper customerStore;
    private final CustomerScopes scopes;
    private final ContactOffers offers;
    private final EntrantRoles roles;
    private final OrgChart org;

    EntryService(EntryDrafts drafts, EntryValidator validator, DuplicateFinder duplicates, CustomerService customers,
                 CustomerMapper customerStore, CustomerScopes scopes, ContactOffers offers, EntrantRoles roles,
                 OrgChart org) {
        this.drafts = drafts;
        this.validator = validator;
        this.duplicates = duplicates;
        this.customers = customers;
        this.customerStore = customerStore;
        this.scopes = scopes;
        this.offers = offers;
        this.roles = roles;
        this.org = org;
    }

    /** Stores what was submitted: a new draft when draftId is null, else the draft's new content. */
    @Transactional
    public long capture(Long draftId, String entrant, EntrySubmission submission) {
        if (draftId == null) {
            return drafts.create(entrant, submission);
        }
        drafts.replaceSubmission(draftId, submission);
        return draftId;
    }

    /**
     * Every check of an entry, wherever it came from (Task_CheckEntry is their only caller): the entrant
     * may enter customers and has a supervisor to review them (else NotAllowedException /
     * NotInOrgChartException), then the rules and the duplicate search. apiRequest is non-null when a
     * REST caller waits for the answer.
     */
    public EntryOutcome check(long draftId, ApiEntryRequest apiRequest) {
        EntryDraft draft = drafts.get(draftId);
        roles.requireMayEnter(draft.entrant());
        org.requireReviewable(draft.entrant());
        EntryOutcome outcome = outcome(draft);
        return apiRequest == null ? outcome : outcome.answeringApi(apiRequest);
    }

    private EntryOutcome outcome(EntryDraft draft) {
        EntryDrafts.Payload payload = drafts.payload(draft);
        EntryCheck check = validator.check(payload.submission());
        if (!check.valid()) {
            return EntryOutcome.invalid(check.problems());
        }
        return duplicates.find(check.entry(), draft.customerId(), payload.differentFrom(), scopes.ofUser(draft.entrant()))
                .map(EntryOutcome::duplicate)
                .orElseGet(EntryOutcome::valid);
    }

    /** Saves a checked entry: a new numbered customer, or the corrected one it already became. */
    @Transactional
    public SavedCustomer save(long draftId) {
        EntryDraft draft = drafts.get(draftId);
        CustomerRecord entry = validEntry(drafts.submission(draft));
        if (draft.customerId() != null) {
            return customers.correct(draft.customerId(), entry, draft.entrant());
        }
        SavedCustomer saved = customers.create(entry, draftId, draft.entrant());
        drafts.markSaved(draftId, saved.id());
        return saved;
    }

    /** Only onto a customer the entrant may change: another team's customer gets an offer instead. */
    @Transactional
    public SavedCustomer attachToExisting(long draftId, String customerNumber) {
        EntryDraft draft = drafts.get(draftId);
        if (customerNumber == null
                || customerStore.findByNumberInScope(customerNumber, scopes.ofUser(draft.entrant()).writable()).isEmpty()) {
            throw new NotAllowedException("只能并入您有权修改的客户;属于其他团队的客户,请把新联系人交给其负责人确认");
        }
        SavedCustomer existing = customers.attachContacts(customerNumber, validEntry(drafts.submission(draft)), draft.entrant());
        drafts.markAttached(draftId);
        return existing;
    }

    /**
     * The entry duplicates another team's customer: its contacts go to that customer's owner to accept
     * or reject (contact-offer.bpmn), and the draft keeps nothing personal. Returns the offer id.
     */
    @Transactional
    public long offerToOwner(long draftId) {
        EntryDraft draft = drafts.get(draftId);
        CustomerRecord entry = validEntry(drafts.submission(draft));
        DuplicateFinder.Duplicate duplicate = duplicates.findAll(entry, null, drafts.differentFrom(draftId),
                        scopes.ofUser(draft.entrant())).stream()
                .filter(DuplicateFinder.Duplicate::otherTeam).findFirst()
                .orElseThrow(() -> new TaskInputException("如何处理", "该录入已不再与其他团队的客户重复,请重新选择"));
        long offerId = offers.offer(duplicate.customerNumber(), draftId, draft.entrant(), entry.contacts(), entry.consent());
        drafts.markOffered(draftId);
        return offerId;
    }

    /** customerNumber null: different from the other team's customer it matched (whose number the entrant never saw). */
    @Transactional
    public void confirmDifferentFrom(long draftId, String customerNumber) {
        if (customerNumber == null) {
            drafts.confirmDifferentFromOtherTeams(draftId);
        } else {
            drafts.confirmDifferentFrom(draftId, customerNumber);
        }
    }

    public EntrySubmission submission(long draftId) {
        return drafts.submission(draftId);
    }

    private CustomerRecord validEntry(EntrySubmission submission) {
        EntryCheck check = validator.check(submission);
        if (!check.valid()) {
            throw new IllegalStateException("an entry is saved only after it passed the checks");
        }
        return check.entry();
    }
}
