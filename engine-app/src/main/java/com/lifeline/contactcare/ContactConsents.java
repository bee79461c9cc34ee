package com.lifeline.contactcare;

import com.lifeline.consent.ConsentChannel;
import com.lifeline.consent.ConsentGate;
import com.lifeline.consent.ConsentPurpose;
import com.lifeline.consent.ConsentRecord;
import com.lifeline.consent.NewConsent;
import com.lifeline.consent.WithdrawalVia;
import com.lifeline.contact.EmergencyContact;
import com.lifeline.customer.ConsentChanges;
import com.lifeline.customer.Customer;
import com.lifeline.customer.CustomerService;
import com.lifeline.verification.CustomerConfirmations;
import com.lifeline.web.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Consent per contact and purpose, changed by staff who may change the customer (REST, the customer
 * page) or by the customer on their signed link: a withdrawal of one purpose, effective at once, or a
 * renewed consent with its evidence, a signed letter as a file. Each change is a new row of the history.
 */
@Service
public class ContactConsents {

    private static final int EVIDENCE_MAX = 200;

    private final ContactEditors editors;
    private final ConsentChanges changes;
    private final CustomerService customers;
    private final EvidenceFiles files;
    private final CustomerConfirmations confirmations;
    private final ConsentGate gate;

    ContactConsents(ContactEditors editors, ConsentChanges changes, CustomerService customers, EvidenceFiles files,
                    CustomerConfirmations confirmations, ConsentGate gate) {
        this.gate = gate;
        this.editors = editors;
        this.changes = changes;
        this.customers = customers;
        this.files = files;
        this.confirmations = confirmations;
    }

    /** Staff withdraw a purpose of a contact's consent ({@code contactId}) or of the customer's own (null). */
    @Transactional
    public ConsentRecord withdraw(String userId, String customerNumber, Long contactId, String purpose) {
        Customer customer = editors.customerFor(userId, customerNumber);
        return changes.withdraw(customer.id(), contactId, purposeOf(purpose), WithdrawalVia.STAFF, userId);
    }

    /** The customer withdraws a purpose of their own consent on their signed confirmation link. */
    @Transactional
    public ConsentRecord withdrawByCustomer(String token, String purpose) {
        long customerId = confirmations.customerIdOf(token);
        ConsentPurpose parsed = purposeOf(purpose);
        return changes.withdraw(customerId, null, parsed, WithdrawalVia.CUSTOMER_LINK,
                "customer:" + customers.get(customerId).customerNumber());
    }

    /**
     * The customer withdraws a purpose of one of their contacts' consent on their signed confirmation link
     * (the page shows the contacts masked); effective at once.
     *
     * @throws com.lifeline.customer.ContactNotFoundException not a current contact of this customer (404)
     */
    @Transactional
    public ConsentRecord withdrawContactByCustomer(String token, long contactId, String purpose) {
        long customerId = confirmations.customerIdOf(token);
        ConsentPurpose parsed = purposeOf(purpose);
        return changes.withdraw(customerId, contactId, parsed, WithdrawalVia.CUSTOMER_LINK,
                "customer:" + customers.get(customerId).customerNumber());
    }

    /**
     * A renewed consent of the contact; a signed letter needs its file (PDF/JPEG/PNG by its bytes, up to
     * {@code lifeline.contact-care.evidence-max-size}), stored sealed with the customer's key.
     *
     * @return the new consent row's id
     */
    @Transactional
    public long renew(String userId, String customerNumber, long contactId, boolean service, boolean emergency,
                      boolean marketing, String channel, String evidence, MultipartFile letter) {
        Customer customer = editors.customerFor(userId, customerNumber);
        ConsentChannel parsedChannel = channelOf(channel);
        String reference = evidence == null ? "" : evidence.strip();
        if (reference.isEmpty() || reference.length() > EVIDENCE_MAX || reference.contains("<") || reference.contains(">")) {
            throw new InvalidRequestException("evidence", "请填写凭证编号(表单号/录音编号/授权书编号,最多 " + EVIDENCE_MAX + " 个字符)");
        }
        boolean hasFile = letter != null && !letter.isEmpty();
        if (parsedChannel == ConsentChannel.SIGNED_LETTER && !hasFile) {
            throw new InvalidRequestException("file", "签字授权书须上传扫描件或照片(PDF、JPEG 或 PNG)");
        }
        EvidenceFiles.CheckedFile file = hasFile ? files.check(letter) : null;
        long consentId = changes.renew(customer.id(), contactId,
                new NewConsent(service, emergency, marketing, parsedChannel, reference), userId);
        if (file != null) {
            files.store(customer.id(), consentId, file, userId);
        }
        return consentId;
    }

    /** A contact's consent history (or the customer's own: null), oldest first, for staff who may change the customer. */
    public List<ConsentRecord> history(String userId, String customerNumber, Long contactId) {
        Customer customer = editors.customerFor(userId, customerNumber);
        return changes.history(customer.id(), contactId);
    }

    /** A consent row's signed letter, for staff who may change the customer; audited as a download. */
    EvidenceFiles.CheckedFile letter(String userId, String customerNumber, long contactId, long consentId) {
        Customer customer = editors.customerFor(userId, customerNumber);
        return files.open(customer.id(), customerNumber, contactId, consentId, userId)
                .orElseThrow(EvidenceFiles.NoLetterException::new);
    }

    /** The customer page's contact actions for this user. */
    public ContactCarePage pageFor(String userId, String customerNumber) {
        if (!editors.mayChange(userId, customerNumber)) {
            return new ContactCarePage(false, Map.of());
        }
        long customerId = customers.byNumber(customerNumber).id();
        Map<Long, Set<ConsentPurpose>> consented = new HashMap<>();
        for (EmergencyContact contact : customers.contactsOf(customerId)) {
            Set<ConsentPurpose> purposes = EnumSet.noneOf(ConsentPurpose.class);
            for (ConsentPurpose purpose : ConsentPurpose.values()) {
                if (gate.mayUse(contact.id(), purpose)) {
                    purposes.add(purpose);
                }
            }
            consented.put(contact.id(), purposes);
        }
        return new ContactCarePage(true, consented);
    }

    private static ConsentPurpose purposeOf(String purpose) {
        return ConsentPurpose.of(purpose);
    }

    private static ConsentChannel channelOf(String channel) {
        try {
            return ConsentChannel.valueOf(channel == null ? "" : channel.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("channel", "只能是 FORM、CALL_RECORDING 或 SIGNED_LETTER");
        }
    }
}
