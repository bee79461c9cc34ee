package com.lifeline.customer;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.consent.ConsentMapper;
import com.lifeline.consent.ConsentMapper.ConsentRow;
import com.lifeline.consent.NewConsent;
import com.lifeline.contact.ContactMapper;
import com.lifeline.contact.EmergencyContact;
import com.lifeline.contact.NewContact;
import com.lifeline.contact.VerificationMethod;
import com.lifeline.crypto.CustomerCrypto;
import com.lifeline.crypto.CustomerCrypto.DataKey;
import com.lifeline.database.GeneratedId;
import com.lifeline.web.ConcurrentChangeException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes customers, their emergency contacts and consent records, with change log and audit.
 * Every personal field ({@link CustomerSealing}), consent evidence and change-log values are sealed
 * with the customer's own data key on the way in and opened on the way out; callers only ever see plaintext.
 */
@Service
public class CustomerService {

    static final String REASON_NEW_ENTRY = "新客户录入";
    static final String REASON_CORRECTION = "复核退回后更正";
    static final String REASON_ATTACHED = "录入时并入已有客户";
    private final CustomerMapper customers;
    private final ContactMapper contacts;
    private final ConsentMapper consents;
    private final ChangeLogMapper changeLog;
    private final CustomerNumberAllocator numbers;
    private final CustomerCrypto crypto;
    private final CustomerSealing sealing;
    private final AuditLog audit;
    private final Clock clock;

    CustomerService(CustomerMapper customers, ContactMapper contacts, ConsentMapper consents, ChangeLogMapper changeLog,
                    CustomerNumberAllocator numbers, CustomerCrypto crypto, CustomerSealing sealing, AuditLog audit,
                    Clock clock) {
        this.customers = customers;
        this.contacts = contacts;
        this.consents = consents;
        this.changeLog = changeLog;
        this.numbers = numbers;
        this.crypto = crypto;
        this.sealing = sealing;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new customer, numbered and waiting for review. */
    @Transactional
    public SavedCustomer create(CustomerRecord entry, long entryId, String entrant) {
        Instant now = clock.instant();
        int year = now.atZone(clock.getZone()).getYear();
        String number = numbers.next(entry.customer().region(), year);
        DataKey key = crypto.newDataKey();
        GeneratedId id = new GeneratedId();
        customers.insert(id, number, entry.customer(), sealing.seal(key, entry.customer()), entrant,
                CustomerStatus.PENDING_REVIEW, entry.lateEntry(), entryId, entrant, now);
        long customerId = id.getId();
        crypto.store(customerId, key);
        // the customer's own consent and its contacts' in one insert
        List<ConsentRow> consentRows = new ArrayList<>();
        consentRows.add(new ConsentRow(customerId, null, entry.consent(), sealEvidence(key, entry.consent()), entrant, now));
        insertContacts(customerId, key, entry.contacts(), entry.consent(), entrant, 1, now, consentRows);
        changeLog.insert(customerId, "*", null, CustomerStatus.PENDING_REVIEW.name(), false, REASON_NEW_ENTRY, entrant, now);
        audit.record(entrant, AuditAction.CREATE, number, "customer, contacts, consent");
        return new SavedCustomer(customerId, number, Customer.taskLabel(entry.customer().kind(), number, entry.customer().name()));
    }

    /**
     * The entrant corrected a returned entry: the record keeps its number, the change log the before/after.
     * Consent is a legal record: the new consent and contacts are added and the old ones marked superseded,
     * never deleted.
     */
    @Transactional
    public SavedCustomer correct(long customerId, CustomerRecord entry, String entrant) {
        Instant now = clock.instant();
        Customer before = get(customerId);
        DataKey key = crypto.keyOf(customerId);
        customers.updateDetails(customerId, entry.customer(), sealing.seal(key, entry.customer()), entry.lateEntry(), now);
        Map<String, String> old = fields(before);
        Map<String, String> updated = fields(entry.customer());
        for (Map.Entry<String, String> field : updated.entrySet()) {
            String was = old.get(field.getKey());
            if (!Objects.equals(was, field.getValue())) {
                logChange(customerId, key, field.getKey(), was, field.getValue(), REASON_CORRECTION, entrant, now);
            }
        }
        GeneratedId consent = new GeneratedId();
        consents.insert(consent, customerId, null, entry.consent(), sealEvidence(key, entry.consent()), entrant, now);
        consents.supersedeByCustomer(customerId, consent.getId(), now);
        contacts.supersedeByCustomer(customerId, now);
        insertContacts(customerId, key, entry.contacts(), entry.consent(), entrant, 1, now);
        changeLog.insert(customerId, "contacts", null, null, false, REASON_CORRECTION, entrant, now);
        audit.record(entrant, AuditAction.CHANGE, before.customerNumber(), String.join(",", updated.keySet()));
        return new SavedCustomer(customerId, before.customerNumber(),
                Customer.taskLabel(entry.customer().kind(), before.customerNumber(), entry.customer().name()));
    }

    /** Adds the entry's contacts that the existing customer does not have yet. */
    @Transactional
    public SavedCustomer attachContacts(String customerNumber, CustomerRecord entry, String actor) {
        Customer existing = byNumber(customerNumber);
        addContacts(existing.id(), entry.contacts(), entry.consent(), actor, actor, REASON_ATTACHED);
        return new SavedCustomer(existing.id(), existing.customerNumber(), existing.taskLabel());
    }

    /**
     * Adds the contacts the customer does not have yet (same phone = same contact), each with its
     * consent record as collected by {@code collectedBy}; logged and audited as {@code actor}'s change.
     * Returns how many were added.
     */
    @Transactional
    public int addContacts(long customerId, List<NewContact> offered, NewConsent consent,
                           String collectedBy, String actor, String reason) {
        Instant now = clock.instant();
        Customer existing = get(customerId);
        DataKey key = crypto.keyOf(customerId);
        List<EmergencyContact> present = contactsOf(customerId);
        List<NewContact> fresh = offered.stream()
                .filter(c -> present.stream().noneMatch(p -> p.phone().equals(c.phone())))
                .toList();
        insertContacts(customerId, key, fresh, consent, collectedBy, present.size() + 1, now);
        for (NewContact contact : fresh) {
            changeLog.insert(customerId, "contact", null, contact.relation().name(), false, reason, actor, now);
        }
        audit.record(actor, AuditAction.CHANGE, existing.customerNumber(), "contacts");
        return fresh.size();
    }

    @Transactional
    public void activate(long customerId, String reviewer) {
        Instant now = clock.instant();
        Customer customer = get(customerId);
        if (customers.updateStatus(customerId, CustomerStatus.PENDING_REVIEW, CustomerStatus.ACTIVE, now) != 1) {
            // another reviewer approved it a moment ago: their completion won, this one rolls back
            throw new ConcurrentChangeException("该任务已被他人处理,请刷新");
        }
        changeLog.insert(customerId, "status", CustomerStatus.PENDING_REVIEW.name(), CustomerStatus.ACTIVE.name(), false,
                "主管复核通过", reviewer, now);
        audit.record(reviewer, AuditAction.REVIEW, customer.customerNumber(), "status");
    }

    /**
     * Nobody could reach the contact: it is INVALID at once (off every use, see the consent gate), with the
     * change log keeping the reason. Returns how many valid contacts the customer still has.
     *
     * @throws ContactNotFoundException if it is not one of the customer's current contacts
     * @throws ConcurrentChangeException if it is INVALID already
     */
    @Transactional
    public int markContactUnreachable(long customerId, long contactId, String reason, String actor) {
        Customer customer = get(customerId);
        if (contacts.findCurrent(customerId, contactId) == null) {
            throw new ContactNotFoundException(contactId);
        }
        if (contacts.markInvalid(contactId) != 1) {
            throw new ConcurrentChangeException("该联系人已标记为无效,请刷新");
        }
        Instant now = clock.instant();
        changeLog.insert(customerId, contactField(contactId, "status"), "VALID", "INVALID", false, reason, actor, now);
        audit.record(actor, AuditAction.CHANGE, customer.customerNumber(), contactField(contactId, "status"));
        return contacts.countValid(customerId);
    }

    /**
     * The contact was confirmed as right and reachable ({@link VerificationMethod}: the customer's link,
     * a call note, a change confirmation): {@code last_verified_at} now, {@code verification_status} CONFIRMED.
     */
    @Transactional
    public void recordContactVerified(long contactId, String method, String actor) {
        VerificationMethod how = VerificationMethod.valueOf(method);
        if (contacts.recordVerified(contactId, how, actor, clock.instant()) != 1) {
            throw new ContactNotFoundException(contactId);
        }
    }

    /** The change log's and audit's name of one contact's field, e.g. {@code contact[42].status}. */
    public static String contactField(long contactId, String field) {
        return "contact[" + contactId + "]." + field;
    }

    /** A follow-up or a dormancy check's "still active": the customer was in touch at {@code at} (never moved back). */
    @Transactional
    public void recordInteraction(long customerId, Instant at) {
        customers.recordInteraction(customerId, at);
    }

    /**
     * The dormancy check's outcome: ACTIVE → DORMANT (kept, no marketing use). False when the customer is no
     * longer ACTIVE (someone changed it meanwhile): nothing is changed then.
     */
    @Transactional
    public boolean markDormant(long customerId, String actor, String reason) {
        Instant now = clock.instant();
        Customer customer = get(customerId);
        if (customers.updateStatus(customerId, CustomerStatus.ACTIVE, CustomerStatus.DORMANT, now) != 1) {
            return false;
        }
        changeLog.insert(customerId, "status", CustomerStatus.ACTIVE.name(), CustomerStatus.DORMANT.name(), false,
                reason, actor, now);
        audit.record(actor, AuditAction.CHANGE, customer.customerNumber(), "status");
        return true;
    }

    public Customer get(long customerId) {
        return open(customers.findById(customerId)
                .orElseThrow(() -> new IllegalStateException("customer id " + customerId + " is missing")));
    }

    public Customer byNumber(String customerNumber) {
        return open(customers.findByNumber(customerNumber).orElseThrow(() -> new CustomerNotFoundException(customerNumber)));
    }

    public List<EmergencyContact> contactsOf(long customerId) {
        List<EmergencyContact> sealed = contacts.findByCustomer(customerId);
        if (sealed.isEmpty()) {
            return sealed;
        }
        DataKey key = crypto.keyOf(customerId);
        return sealed.stream().map(c -> sealing.open(key, c)).toList();
    }

    private Customer open(Customer sealed) {
        return sealing.open(crypto.keyOf(sealed.id()), sealed);
    }

    private String sealEvidence(DataKey key, NewConsent consent) {
        return crypto.seal(key, "consent.evidence", consent.evidence());
    }

    private void insertContacts(long customerId, DataKey key, List<NewContact> list, NewConsent consent,
                                String actor, int firstPriority, Instant now) {
        insertContacts(customerId, key, list, consent, actor, firstPriority, now, new ArrayList<>());
    }

    /** The contacts one by one (their ids are needed), then {@code consentRows} and theirs in one insert. */
    private void insertContacts(long customerId, DataKey key, List<NewContact> list, NewConsent consent,
                                String actor, int firstPriority, Instant now, List<ConsentRow> consentRows) {
        int priority = firstPriority;
        for (NewContact contact : list) {
            GeneratedId id = new GeneratedId();
            contacts.insert(id, customerId, contact, sealing.seal(key, contact), priority++, now);
            // the contact is informed and agreed to be listed for the customer's consented purposes
            consentRows.add(new ConsentRow(customerId, id.getId(), consent, sealEvidence(key, consent), actor, now));
        }
        if (!consentRows.isEmpty()) {
            consents.insertAll(consentRows);
        }
    }

    private void logChange(long customerId, DataKey key, String field, String was, String now, String reason,
                           String actor, Instant at) {
        changeLog.insert(customerId, field, sealing.sealChange(key, field, was), sealing.sealChange(key, field, now),
                true, reason, actor, at);
    }

    private static Map<String, String> fields(Customer c) {
        return fieldMap(c.kind().name(), c.name(), c.phone(), c.email(), c.province(), c.city(), c.district(),
                c.street(), c.streetNumber(), c.needs(), String.valueOf(c.firstContactAt()), c.sourceType().name(),
                c.industry().name());
    }

    private static Map<String, String> fields(CustomerDetails c) {
        return fieldMap(c.kind().name(), c.name(), c.phone(), c.email(), c.province(), c.city(), c.district(),
                c.street(), c.streetNumber(), c.needs(), String.valueOf(c.firstContactAt()), c.sourceType().name(),
                c.industry().name());
    }

    private static Map<String, String> fieldMap(String... values) {
        String[] names = {"kind", "name", "phone", "email", "province", "city", "district", "street", "streetNumber",
                "needs", "firstContactAt", "sourceType", "industry"};
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], values[i]);
        }
        return map;
    }
}
