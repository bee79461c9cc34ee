package com.lifeline.customer;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.consent.ConsentMapper;
import com.lifeline.contact.ContactMapper;
import com.lifeline.contact.EmergencyContact;
import com.lifeline.entry.ValidEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Writes customers, their emergency contacts and consent records, with change log and audit. */
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
    private final AuditLog audit;
    private final Clock clock;

    CustomerService(CustomerMapper customers, ContactMapper contacts, ConsentMapper consents, ChangeLogMapper changeLog,
                    CustomerNumberAllocator numbers, AuditLog audit, Clock clock) {
        this.customers = customers;
        this.contacts = contacts;
        this.consents = consents;
        this.changeLog = changeLog;
        this.numbers = numbers;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new customer, numbered and waiting for review. */
    @Transactional
    public SavedCustomer create(ValidEntry entry, long entryId, String entrant) {
        Instant now = clock.instant();
        int year = now.atZone(clock.getZone()).getYear();
        String number = numbers.next(entry.customer().region(), year);
        GeneratedId key = new GeneratedId();
        customers.insert(key, number, entry.customer(), entrant, CustomerStatus.PENDING_REVIEW, entry.lateEntry(),
                entryId, entrant, now);
        long id = key.getId();
        consents.insert(id, null, entry.consent(), entrant, now);
        insertContacts(id, entry.contacts(), entry.consent(), entrant, 1, now);
        changeLog.insert(id, "*", null, CustomerStatus.PENDING_REVIEW.name(), REASON_NEW_ENTRY, entrant, now);
        audit.record(entrant, AuditAction.CREATE, number, "customer, contacts, consent");
        return new SavedCustomer(id, number, get(id).taskLabel());
    }

    /** The entrant corrected a returned entry: the record keeps its number, the change log the before/after. */
    @Transactional
    public SavedCustomer correct(long customerId, ValidEntry entry, String entrant) {
        Instant now = clock.instant();
        Customer before = get(customerId);
        customers.updateDetails(customerId, entry.customer(), entry.lateEntry(), now);
        Map<String, String> old = fields(before);
        Map<String, String> updated = fields(entry.customer());
        for (Map.Entry<String, String> field : updated.entrySet()) {
            String was = old.get(field.getKey());
            if (!Objects.equals(was, field.getValue())) {
                changeLog.insert(customerId, field.getKey(), was, field.getValue(), REASON_CORRECTION, entrant, now);
            }
        }
        consents.deleteByCustomer(customerId);
        contacts.deleteByCustomer(customerId);
        consents.insert(customerId, null, entry.consent(), entrant, now);
        insertContacts(customerId, entry.contacts(), entry.consent(), entrant, 1, now);
        changeLog.insert(customerId, "contacts", null, null, REASON_CORRECTION, entrant, now);
        audit.record(entrant, AuditAction.CHANGE, before.customerNumber(), String.join(",", updated.keySet()));
        return new SavedCustomer(customerId, before.customerNumber(), get(customerId).taskLabel());
    }

    /** Adds the entry's contacts that the existing customer does not have yet. */
    @Transactional
    public SavedCustomer attachContacts(String customerNumber, ValidEntry entry, String actor) {
        Instant now = clock.instant();
        Customer existing = byNumber(customerNumber);
        List<EmergencyContact> present = contacts.findByCustomer(existing.id());
        List<ValidEntry.Contact> fresh = entry.contacts().stream()
                .filter(c -> present.stream().noneMatch(p -> p.phone().equals(c.phone())))
                .toList();
        insertContacts(existing.id(), fresh, entry.consent(), actor, present.size() + 1, now);
        for (ValidEntry.Contact contact : fresh) {
            changeLog.insert(existing.id(), "contact", null, contact.relation().name(), REASON_ATTACHED, actor, now);
        }
        audit.record(actor, AuditAction.CHANGE, customerNumber, "contacts");
        return new SavedCustomer(existing.id(), existing.customerNumber(), existing.taskLabel());
    }

    @Transactional
    public void activate(long customerId, String reviewer) {
        Instant now = clock.instant();
        Customer customer = get(customerId);
        if (customers.updateStatus(customerId, CustomerStatus.PENDING_REVIEW, CustomerStatus.ACTIVE, now) != 1) {
            throw new IllegalStateException("customer " + customer.customerNumber() + " is not pending review");
        }
        changeLog.insert(customerId, "status", CustomerStatus.PENDING_REVIEW.name(), CustomerStatus.ACTIVE.name(),
                "主管复核通过", reviewer, now);
        audit.record(reviewer, AuditAction.REVIEW, customer.customerNumber(), "status");
    }

    public Customer get(long customerId) {
        return customers.findById(customerId)
                .orElseThrow(() -> new IllegalStateException("customer id " + customerId + " is missing"));
    }

    public Customer byNumber(String customerNumber) {
        return customers.findByNumber(customerNumber).orElseThrow(() -> new CustomerNotFoundException(customerNumber));
    }

    public List<EmergencyContact> contactsOf(long customerId) {
        return contacts.findByCustomer(customerId);
    }

    private void insertContacts(long customerId, List<ValidEntry.Contact> list, ValidEntry.Consent consent,
                                String actor, int firstPriority, Instant now) {
        int priority = firstPriority;
        for (ValidEntry.Contact contact : list) {
            GeneratedId key = new GeneratedId();
            contacts.insert(key, customerId, contact, priority++, now);
            // the contact is informed and agreed to be listed for the customer's consented purposes
            consents.insert(customerId, key.getId(), consent, actor, now);
        }
    }

    private static Map<String, String> fields(Customer c) {
        return fieldMap(c.kind().name(), c.name(), c.phone(), c.email(), c.province(), c.city(), c.district(),
                c.street(), c.streetNumber(), c.needs(), String.valueOf(c.firstContactAt()), c.sourceType().name(),
                c.industry().name());
    }

    private static Map<String, String> fields(ValidEntry.Customer c) {
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
