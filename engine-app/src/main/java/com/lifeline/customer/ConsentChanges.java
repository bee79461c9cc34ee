package com.lifeline.customer;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.consent.ConsentMapper;
import com.lifeline.consent.ConsentPurpose;
import com.lifeline.consent.ConsentRecord;
import com.lifeline.consent.NewConsent;
import com.lifeline.consent.PurposeNotConsentedException;
import com.lifeline.consent.WithdrawalVia;
import com.lifeline.contact.ContactMapper;
import com.lifeline.crypto.CustomerCrypto;
import com.lifeline.crypto.CustomerCrypto.DataKey;
import com.lifeline.database.GeneratedId;
import com.lifeline.web.ConcurrentChangeException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Changes to one consent (a contact's, or the customer's about themselves): a withdrawal of one purpose,
 * or a renewed consent. Consent is a legal record: each change appends a row and marks the one before
 * superseded, never rewriting or deleting it; the change log and the audit name the purpose.
 */
@Service
public class ConsentChanges {

    static final String EVIDENCE_FIELD = "consent.evidence";

    private final ConsentMapper consents;
    private final ContactMapper contacts;
    private final ChangeLogMapper changeLog;
    private final CustomerService customers;
    private final CustomerCrypto crypto;
    private final AuditLog audit;
    private final Clock clock;

    ConsentChanges(ConsentMapper consents, ContactMapper contacts, ChangeLogMapper changeLog, CustomerService customers,
                   CustomerCrypto crypto, AuditLog audit, Clock clock) {
        this.consents = consents;
        this.contacts = contacts;
        this.changeLog = changeLog;
        this.customers = customers;
        this.crypto = crypto;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Withdraws {@code purpose} from the contact's consent ({@code contactId}) or the customer's own (null),
     * effective at once: the new row keeps the other purposes on the same channel and evidence.
     *
     * @throws ContactNotFoundException not a current contact of the customer
     * @throws PurposeNotConsentedException the purpose is not consented now (409)
     */
    @Transactional
    public ConsentRecord withdraw(long customerId, Long contactId, ConsentPurpose purpose, WithdrawalVia via, String actor) {
        ConsentRecord current = current(customerId, contactId);
        if (current == null || !current.covers(purpose)) {
            throw new PurposeNotConsentedException(purpose);
        }
        Instant now = clock.instant();
        GeneratedId key = new GeneratedId();
        consents.insertChange(key, customerId, contactId,
                current.purposeService() && purpose != ConsentPurpose.SERVICE,
                current.purposeEmergency() && purpose != ConsentPurpose.EMERGENCY_NOTIFICATION,
                current.purposeMarketing() && purpose != ConsentPurpose.MARKETING,
                current.channel(), current.evidenceRef(), actor, purpose, via, current.informedVia(), now);
        supersede(current, key.getId(), now);
        logged(customerId, contactId, purpose, "GIVEN", "WITHDRAWN", switch (via) {
            case CUSTOMER_LINK -> "客户本人经链接撤回授权";
            case CONTACT_LINK -> "联系人本人经链接撤回授权";
            case STAFF -> "撤回授权";
        }, actor, now);
        audit.record(actor, AuditAction.CHANGE, customers.get(customerId).customerNumber(),
                field(contactId, "consent." + purpose.name()) + " withdrawn");
        return consents.findCurrent(customerId, contactId);
    }

    /**
     * A new consent of the contact (e.g. on a signed letter), replacing the current one.
     *
     * @return the new row's id
     * @throws ContactNotFoundException not a current contact of the customer
     */
    @Transactional
    public long renew(long customerId, long contactId, NewConsent consent, String actor) {
        ConsentRecord current = current(customerId, contactId);
        Instant now = clock.instant();
        DataKey key = crypto.keyOf(customerId);
        GeneratedId id = new GeneratedId();
        consents.insertChange(id, customerId, contactId, consent.service(), consent.emergency(), consent.marketing(),
                consent.channel(), crypto.seal(key, EVIDENCE_FIELD, consent.evidence()), actor, null, null,
                current == null ? null : current.informedVia(), now);
        if (current != null) {
            supersede(current, id.getId(), now);
        }
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            boolean before = current != null && current.covers(purpose);
            boolean after = covers(consent, purpose);
            if (before != after) {
                logged(customerId, contactId, purpose, before ? "GIVEN" : "NOT_GIVEN", after ? "GIVEN" : "NOT_GIVEN",
                        "更新授权(" + consent.channel().name() + ")", actor, now);
            }
        }
        audit.record(actor, AuditAction.CHANGE, customers.get(customerId).customerNumber(), field(contactId, "consent"));
        return id.getId();
    }

    /**
     * The contact confirmed on their own signed link that they know they are listed (知情): a row is
     * appended with the current purposes, channel and evidence and {@code informed_via = CONTACT_LINK}, the
     * one before marked superseded; the change log has {@code contact[<id>].informed} → CONTACT_LINK.
     * Nothing is written when the contact has no current consent row (nothing to confirm it on).
     *
     * @return the new row, or empty
     * @throws ContactNotFoundException not a current contact of the customer
     */
    @Transactional
    public Optional<ConsentRecord> recordInformedByContact(long customerId, long contactId, String actor) {
        ConsentRecord current = current(customerId, contactId);
        if (current == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        GeneratedId key = new GeneratedId();
        consents.insertChange(key, customerId, contactId, current.purposeService(), current.purposeEmergency(),
                current.purposeMarketing(), current.channel(), current.evidenceRef(), actor, null, null,
                WithdrawalVia.CONTACT_LINK, now);
        supersede(current, key.getId(), now);
        String field = CustomerService.contactField(contactId, "informed");
        changeLog.insert(customerId, field, current.informedByContact() ? WithdrawalVia.CONTACT_LINK.name() : "STAFF_RECORDED",
                WithdrawalVia.CONTACT_LINK.name(), false, "联系人本人经链接确认知情", actor, now);
        audit.record(actor, AuditAction.CONFIRM, customers.get(customerId).customerNumber(), field + " confirmed by contact");
        return Optional.of(consents.findCurrent(customerId, contactId));
    }

    /** Every row of the consent, oldest first, evidence opened. */
    public List<ConsentRecord> history(long customerId, Long contactId) {
        DataKey key = crypto.keyOf(customerId);
        return consents.findHistory(customerId, contactId).stream()
                .map(r -> r.withEvidence(crypto.open(key, EVIDENCE_FIELD, r.evidenceRef()))).toList();
    }

    private ConsentRecord current(long customerId, Long contactId) {
        if (contactId != null && contacts.findCurrent(customerId, contactId) == null) {
            throw new ContactNotFoundException(contactId);
        }
        return consents.findCurrent(customerId, contactId);
    }

    private void supersede(ConsentRecord current, long by, Instant now) {
        if (consents.supersede(current.id(), by, now) != 1) {
            throw new ConcurrentChangeException("授权刚被他人修改,请刷新");
        }
    }

    private void logged(long customerId, Long contactId, ConsentPurpose purpose, String before, String after,
                        String reason, String actor, Instant now) {
        changeLog.insert(customerId, field(contactId, "consent." + purpose.name()), before, after, false, reason, actor, now);
    }

    private static String field(Long contactId, String name) {
        return contactId == null ? name : CustomerService.contactField(contactId, name);
    }

    private static boolean covers(NewConsent consent, ConsentPurpose purpose) {
        return switch (purpose) {
            case SERVICE -> consent.service();
            case EMERGENCY_NOTIFICATION -> consent.emergency();
            case MARKETING -> consent.marketing();
        };
    }
}
