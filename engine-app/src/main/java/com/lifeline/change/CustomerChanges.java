package com.lifeline.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.change.Proposal.ProposedContact;
import com.lifeline.contact.EmergencyContact;
import com.lifeline.contact.NewContact;
import com.lifeline.contact.VerificationMethod;
import com.lifeline.crypto.CustomerCrypto;
import com.lifeline.customer.Customer;
import com.lifeline.customer.CustomerDetails;
import com.lifeline.customer.CustomerEdits;
import com.lifeline.customer.CustomerMapper;
import com.lifeline.customer.CustomerNotFoundException;
import com.lifeline.customer.CustomerScope;
import com.lifeline.customer.CustomerScopes;
import com.lifeline.customer.CustomerService;
import com.lifeline.customer.CustomerStatus;
import com.lifeline.customer.NameKeys;
import com.lifeline.database.GeneratedId;
import com.lifeline.entry.ConsentCheck;
import com.lifeline.entry.EntryCheck;
import com.lifeline.entry.EntryValidator;
import com.lifeline.entry.FieldProblem;
import com.lifeline.web.ClientErrorException;
import com.lifeline.web.ConcurrentChangeException;
import com.lifeline.web.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Changes of existing customers (customer-change.bpmn): a change is typed and checked by the entry's
 * rules ({@link #draft}), then applied ({@link #apply}): fields that are not key fields at once, key
 * fields only when the customer confirms ({@link #confirm}); a refused change never applies
 * ({@link #refuse}). Every field that changes gets a change-log row with operator, reason, before and
 * after, linked to the change and its process instance. Contacts are changed in place.
 */
@Service
public class CustomerChanges {

    public static final String PROCESS_KEY = "customer-change";
    public static final String MESSAGE_CONFIRMED = "CustomerChangeConfirmed";
    public static final String MESSAGE_REFUSED = "CustomerChangeRefused";
    private static final String PROPOSAL_FIELD = "change.proposal";
    static final String REMARK_FIELD = "change.remark";
    static final String CALL_NOTE_FIELD = "change.callNote";
    static final int MAX_TEXT = 500;

    private final CustomerChangeMapper changes;
    private final ChangeLogEntryMapper changeLog;
    private final CustomerMapper customerMapper;
    private final CustomerScopes scopes;
    private final CustomerService customers;
    private final CustomerEdits edits;
    private final CustomerCrypto crypto;
    private final EntryValidator validator;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final Clock clock;

    CustomerChanges(CustomerChangeMapper changes, ChangeLogEntryMapper changeLog, CustomerMapper customerMapper,
                    CustomerScopes scopes, CustomerService customers, CustomerEdits edits, CustomerCrypto crypto,
                    EntryValidator validator, ObjectMapper json, AuditLog audit, Clock clock) {
        this.changes = changes;
        this.changeLog = changeLog;
        this.customerMapper = customerMapper;
        this.scopes = scopes;
        this.customers = customers;
        this.edits = edits;
        this.crypto = crypto;
        this.validator = validator;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The customer, if this user may change it: the owner's chain (own, team's, department's customers).
     * Anyone else, and an access grant, gets "not found". A customer still in review is corrected in its entry.
     */
    public Customer changeable(String userId, String number) {
        CustomerScope scope = scopes.ofUser(userId);
        CustomerScope owners = new CustomerScope(false, scope.owners(), Set.of(), scope.fullDetails());
        Customer sealed = customerMapper.findByNumberInScope(number == null ? "" : number.strip(), owners)
                .orElseThrow(() -> new CustomerNotFoundException(number));
        if (sealed.status() == CustomerStatus.PENDING_REVIEW) {
            throw new ConcurrentChangeException("该客户尚在录入复核中,请在录入流程中更正");
        }
        return customers.get(sealed.id());
    }

    /** Whether the directory offers this user 修改 on the customer. */
    public boolean mayChange(String userId, String number) {
        try {
            changeable(userId, number);
            return true;
        } catch (ClientErrorException e) {
            return false;
        }
    }

    /** The reason as the change log will name it; OTHER needs the operator's words. */
    public static ChangeReason reason(String code, String text) {
        ChangeReason reason;
        try {
            reason = code == null ? null : ChangeReason.valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            reason = null;
        }
        if (reason == null) {
            throw new InvalidRequestException("changeReason", "请选择变更原因(客户要求、核实结果、更正错误、组织变动或其他)");
        }
        String words = text == null ? "" : text.strip();
        if (reason == ChangeReason.OTHER && words.length() < 2) {
            throw new InvalidRequestException("changeReasonText", "原因为“其他”时请写明原因");
        }
        if (words.length() > MAX_TEXT || words.contains("<") || words.contains(">")) {
            throw new InvalidRequestException("changeReasonText", "原因最多 " + MAX_TEXT + " 个字(不能包含 < >)");
        }
        return reason;
    }

    /** The record as it is now, as a change starts from it (the change form shows it). */
    public Proposal current(Customer customer) {
        return Proposal.of(customer, customers.contactsOf(customer.id()), clock.getZone());
    }

    /**
     * Checks a change and keeps it as a draft for {@link #apply}. {@code expectedVersion}: the version the
     * writer read (null: the current one); older → 409.
     */
    @Transactional
    public long draft(String actor, String number, String reasonCode, String reasonText, UnaryOperator<Proposal> edit,
                      Integer expectedVersion, Long correctionId) {
        ChangeReason reason = reason(reasonCode, reasonText);
        Customer customer = changeable(actor, number);
        int version = edits.versionOf(customer.id());
        if (expectedVersion != null && expectedVersion != version) {
            throw new ConcurrentChangeException(CustomerEdits.CHANGED_BY_SOMEONE_ELSE);
        }
        Proposal proposal = edit.apply(current(customer));
        check(proposal, customers.contactsOf(customer.id()));
        GeneratedId id = new GeneratedId();
        String words = reasonText == null || reasonText.isBlank() ? null : reasonText.strip();
        changes.insert(id, new CustomerChange(null, customer.id(), customer.customerNumber(), reason, words,
                crypto.seal(crypto.keyOf(customer.id()), PROPOSAL_FIELD, write(proposal)), version, ChangeStatus.DRAFT,
                actor, correctionId, null, null, null, null, null, clock.instant(), null));
        return id.getId();
    }

    /**
     * Applies a drafted change: every field but the key fields at once; returns true when key fields wait
     * for the customer's confirmation. Refused (nothing written) when the rules fail now, nothing changed,
     * someone changed the customer since it was read (409), or another change waits for the customer (409).
     */
    @Transactional
    public boolean apply(long changeId, String processInstanceId) {
        CustomerChange change = find(changeId);
        if (change.status() != ChangeStatus.DRAFT) {
            throw new ConcurrentChangeException("该变更已处理,请刷新");
        }
        changes.setProcessInstance(changeId, processInstanceId);
        Customer now = customers.get(change.customerId());
        List<EmergencyContact> contacts = customers.contactsOf(now.id());
        Proposal proposal = proposalOf(change);
        EntryCheck checked = check(proposal, contacts);
        boolean keyPending = !keyChanges(change, now, contacts, proposal, checked).isEmpty();
        if (keyPending && changes.findByCustomer(now.id()).stream().anyMatch(c -> c.status() == ChangeStatus.PENDING_CONFIRMATION)) {
            throw new ConcurrentChangeException("该客户有一项变更正在等待客户确认,请先处理完再修改");
        }
        List<FieldChange> applied = new ArrayList<>();
        Instant at = clock.instant();
        CustomerDetails details = merge(now, checked.entry().customer(), false);
        List<FieldChange> customerFields = ChangeDiff.ofCustomer(now, details);
        if (!customerFields.isEmpty()) {
            edits.updateDetails(now.id(), details, change.baseVersion(), at);
            applied.addAll(customerFields);
        } else {
            edits.raiseVersion(now.id(), change.baseVersion(), at);
        }
        List<ProposedContact> kept = proposal.kept();
        for (int i = 0; i < kept.size(); i++) {
            EmergencyContact current = byId(contacts, kept.get(i).id());
            if (current != null) {
                NewContact merged = merge(current, checked.entry().contacts().get(i), false);
                List<FieldChange> contactFields = ChangeDiff.ofContact(current, merged);
                if (!contactFields.isEmpty()) {
                    edits.updateContact(now.id(), current.id(), merged);
                    applied.addAll(contactFields);
                }
            }
        }
        if (applied.isEmpty() && !keyPending) {
            throw new ChangeRefusedException(null, "没有任何字段被修改");
        }
        log(change, applied, change.reasonLine(), at);
        ChangeStatus next = keyPending ? ChangeStatus.PENDING_CONFIRMATION : ChangeStatus.APPLIED;
        changes.moveOn(changeId, ChangeStatus.DRAFT, next, null, at);
        audit.record(change.requestedBy(), AuditAction.CHANGE, now.customerNumber(),
                fieldNames(applied) + (keyPending ? "; key fields pending confirmation" : ""));
        return keyPending;
    }

    /** The key fields still waiting, before/after as the customer's page shows them (masked there). */
    public List<FieldChange> pendingFields(long changeId) {
        CustomerChange change = find(changeId);
        Customer now = customers.get(change.customerId());
        List<EmergencyContact> contacts = customers.contactsOf(now.id());
        Proposal proposal = proposalOf(change);
        return keyChanges(change, now, contacts, proposal, check(proposal, contacts));
    }

    /** The customer (by link) or the owner (by phone, with a note) confirmed: the key fields apply now. */
    @Transactional
    public void confirm(long changeId, String by, String via, String callNote) {
        CustomerChange change = find(changeId);
        Instant at = clock.instant();
        String sealedNote = crypto.seal(crypto.keyOf(change.customerId()), CALL_NOTE_FIELD, callNote);
        if (changes.recordAnswer(changeId, ChangeStatus.PENDING_CONFIRMATION, ChangeStatus.CONFIRMED, by, via, null,
                sealedNote, at) != 1) {
            throw new ConcurrentChangeException("该变更已处理,请刷新");
        }
        Customer now = customers.get(change.customerId());
        List<EmergencyContact> contacts = customers.contactsOf(now.id());
        Proposal proposal = proposalOf(change);
        EntryCheck checked = check(proposal, contacts);
        List<FieldChange> applied = new ArrayList<>();
        CustomerDetails details = merge(now, checked.entry().customer(), true);
        List<FieldChange> customerFields = ChangeDiff.ofCustomer(now, details);
        int version = edits.versionOf(now.id());
        if (!customerFields.isEmpty()) {
            edits.updateDetails(now.id(), details, version, at);
            applied.addAll(customerFields);
        } else {
            edits.raiseVersion(now.id(), version, at);
        }
        int priority = contacts.stream().mapToInt(EmergencyContact::priority).max().orElse(0);
        List<ProposedContact> kept = proposal.kept();
        for (int i = 0; i < kept.size(); i++) {
            NewContact after = checked.entry().contacts().get(i);
            EmergencyContact current = byId(contacts, kept.get(i).id());
            if (kept.get(i).id() == null) {
                // the consent collected with the new contact is stored only now that the change applies,
                // taken by whoever typed the change
                long id = edits.addContact(now.id(), after, consentOf(kept, i).consent(), change.requestedBy(),
                        ++priority, at);
                applied.add(ChangeDiff.added(id, after));
                applied.addAll(ChangeDiff.consented(id, consentOf(kept, i).consent()));
            } else if (current != null) {
                NewContact merged = merge(current, after, true);
                List<FieldChange> contactFields = ChangeDiff.ofContact(current, merged);
                if (!contactFields.isEmpty()) {
                    edits.updateContact(now.id(), current.id(), merged);
                    applied.addAll(contactFields);
                }
            }
        }
        for (ProposedContact removed : proposal.contacts().stream().filter(ProposedContact::removed).toList()) {
            EmergencyContact current = byId(contacts, removed.id());
            if (current != null) {
                edits.removeContact(now.id(), current.id(), at);
                applied.add(ChangeDiff.removed(current));
            }
        }
        log(change, applied, change.reasonLine() + "(" + ("PHONE".equals(via) ? "电话确认" : "客户确认") + ")", at);
        // the customer just confirmed these contacts as they now are
        applied.stream().filter(f -> f.field().startsWith("contact[") && !f.field().endsWith(".removed"))
                .map(f -> Long.valueOf(f.field().substring("contact[".length(), f.field().indexOf(']'))))
                .distinct().forEach(id -> customers.recordContactVerified(id, VerificationMethod.CHANGE_CONFIRMATION.name(), by));
        audit.record(by, AuditAction.CONFIRM, now.customerNumber(), fieldNames(applied));
    }

    /** The customer said it is not right (or the owner's call found so): the key fields never apply. */
    @Transactional
    public void refuse(long changeId, String by, String via, String remark) {
        CustomerChange change = find(changeId);
        String sealed = crypto.seal(crypto.keyOf(change.customerId()), REMARK_FIELD, remark);
        if (changes.recordAnswer(changeId, ChangeStatus.PENDING_CONFIRMATION, ChangeStatus.REJECTED, by, via, sealed,
                null, clock.instant()) != 1) {
            throw new ConcurrentChangeException("该变更已处理,请刷新");
        }
        audit.record(by, AuditAction.CONFIRM, change.customerNumber(), "change " + changeId + " refused");
    }

    /** The owner gives up a refused change. */
    @Transactional
    public void withdraw(long changeId, String by) {
        changes.moveOn(changeId, ChangeStatus.REJECTED, ChangeStatus.WITHDRAWN, by, clock.instant());
    }

    public CustomerChange find(long changeId) {
        return changes.findById(changeId).orElseThrow(() -> new InvalidRequestException("changeId", "没有这项变更"));
    }

    public Optional<CustomerChange> findIfAny(long changeId) {
        return changes.findById(changeId);
    }

    /** The customer's remark on a refused change, opened. */
    public Optional<String> remarkOf(CustomerChange change) {
        return Optional.ofNullable(crypto.open(crypto.keyOf(change.customerId()), REMARK_FIELD, change.customerRemark()));
    }

    Proposal proposalOf(CustomerChange change) {
        return read(crypto.open(crypto.keyOf(change.customerId()), PROPOSAL_FIELD, change.proposal()));
    }

    private List<FieldChange> keyChanges(CustomerChange change, Customer now, List<EmergencyContact> contacts,
                                         Proposal proposal, EntryCheck checked) {
        List<FieldChange> key = new ArrayList<>(ChangeDiff.ofCustomer(now, checked.entry().customer()).stream()
                .filter(FieldChange::key).toList());
        List<ProposedContact> kept = proposal.kept();
        for (int i = 0; i < kept.size(); i++) {
            NewContact after = checked.entry().contacts().get(i);
            EmergencyContact current = byId(contacts, kept.get(i).id());
            if (current == null) {
                key.add(ChangeDiff.added(null, after));
            } else {
                key.addAll(ChangeDiff.ofContact(current, after).stream().filter(FieldChange::key).toList());
            }
        }
        proposal.contacts().stream().filter(ProposedContact::removed).map(p -> byId(contacts, p.id()))
                .filter(c -> c != null).map(ChangeDiff::removed).forEach(key::add);
        return key;
    }

    /** The entry's rules on the record after the change, and at least two valid contacts left. */
    private EntryCheck check(Proposal proposal, List<EmergencyContact> contacts) {
        for (ProposedContact p : proposal.contacts()) {
            if (p.id() != null && byId(contacts, p.id()) == null) {
                throw new ChangeRefusedException("contact[" + p.id() + "]", "该联系人不是此客户当前的紧急联系人,请刷新");
            }
        }
        List<ProposedContact> kept = proposal.kept();
        EntryCheck checked = validator.checkChange(proposal.customer(),
                kept.stream().map(ProposedContact::fields).toList());
        List<FieldProblem> problems = new ArrayList<>(checked.valid() ? List.of() : checked.problems());
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).added()) {
                problems.addAll(consentOf(kept, i).problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ChangeRefusedException(problems.stream()
                    .map(p -> new FieldProblem(contactPath(p.field(), kept), p.message())).toList());
        }
        long valid = kept.stream().filter(p -> p.id() == null || "VALID".equals(byId(contacts, p.id()).status())).count();
        if (valid < 2) {
            throw new ChangeRefusedException("contacts", "变更后至少需要两名有效的紧急联系人");
        }
        return checked;
    }

    /**
     * The consent collected for the added contact at {@code index} of the kept ones, by the entry's consent
     * rules (the one copy: {@link EntryValidator#checkConsent}); problems named {@code contacts[<index>].consent.*}.
     */
    private ConsentCheck consentOf(List<ProposedContact> kept, int index) {
        return validator.checkConsent("contacts[" + index + "].consent.", kept.get(index).consent());
    }

    /** contacts[1].phone (the validator's position) → contact[<id>].phone, as the store names contacts. */
    private static String contactPath(String field, List<ProposedContact> kept) {
        if (field == null || !field.startsWith("contacts[")) {
            return field;
        }
        int close = field.indexOf(']');
        try {
            int index = Integer.parseInt(field.substring("contacts[".length(), close));
            Long id = index < kept.size() ? kept.get(index).id() : null;
            return "contact[" + (id == null ? "new" : id) + field.substring(close);
        } catch (NumberFormatException e) {
            return field;
        }
    }

    /** The record's details with either its key fields (phone, needs) or its other fields taken from the change. */
    private static CustomerDetails merge(Customer now, CustomerDetails after, boolean keyFields) {
        boolean other = !keyFields;
        String name = other ? after.name() : now.name();
        return new CustomerDetails(now.kind(), name, NameKeys.of(name), keyFields ? after.phone() : now.phone(),
                other ? after.email() : now.email(), now.regionCode(),
                other ? after.province() : now.province(), other ? after.city() : now.city(),
                other ? after.district() : now.district(), other ? after.street() : now.street(),
                other ? after.streetNumber() : now.streetNumber(), keyFields ? after.needs() : now.needs(),
                other ? after.firstContactAt() : now.firstContactAt(), other ? after.sourceType() : now.sourceType(),
                other ? after.industry() : now.industry(), other ? after.companySize() : now.companySize(),
                other ? after.preferences() : now.preferences(), other ? after.historyNotes() : now.historyNotes(),
                other ? after.tags() : now.tags());
    }

    /** A contact with either its key fields (name, role, phone) or its other fields taken from the change. */
    private static NewContact merge(EmergencyContact now, NewContact after, boolean keyFields) {
        boolean other = !keyFields;
        String name = keyFields ? after.name() : now.name();
        return new NewContact(now.priority(), name, NameKeys.of(name), keyFields ? after.relation() : now.relation(),
                keyFields ? after.phone() : now.phone(), other ? after.email() : now.email(),
                other ? after.wechat() : now.wechat(), other ? after.scope() : now.authorisationScope(),
                other ? after.reachable24h() : now.reachable24h(), other ? after.informed() : now.informed());
    }

    private void log(CustomerChange change, List<FieldChange> fields, String reason, Instant at) {
        long customerId = change.customerId();
        for (FieldChange f : fields) {
            String before = f.sealed() ? edits.sealChange(customerId, f.field(), f.before()) : f.before();
            String after = f.sealed() ? edits.sealChange(customerId, f.field(), f.after()) : f.after();
            changeLog.insert(customerId, f.field(), before, after, f.sealed(), reason, change.requestedBy(), at,
                    change.id(), find(change.id()).processInstanceId());
        }
    }

    private static EmergencyContact byId(List<EmergencyContact> contacts, Long id) {
        return id == null ? null : contacts.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    private static String fieldNames(List<FieldChange> fields) {
        return fields.stream().map(FieldChange::field).collect(Collectors.joining(","));
    }

    private String write(Proposal proposal) {
        try {
            return json.writeValueAsString(proposal);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a proposal could not be written", e);
        }
    }

    private Proposal read(String text) {
        try {
            return json.readValue(text, Proposal.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored proposal could not be read", e);
        }
    }
}
