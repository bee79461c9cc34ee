package com.lifeline.reverification;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.consent.ConsentPurpose;
import com.lifeline.consent.ConsentGate;
import com.lifeline.consent.WithdrawalVia;
import com.lifeline.contact.EmergencyContact;
import com.lifeline.contact.VerificationMethod;
import com.lifeline.customer.ConsentChanges;
import com.lifeline.customer.Customer;
import com.lifeline.customer.CustomerMapper;
import com.lifeline.customer.CustomerNotFoundException;
import com.lifeline.customer.CustomerScope;
import com.lifeline.customer.CustomerScopes;
import com.lifeline.customer.CustomerService;
import com.lifeline.customer.NotAllowedException;
import com.lifeline.database.GeneratedId;
import com.lifeline.links.LinkPurpose;
import com.lifeline.links.SignedLinks;
import com.lifeline.notification.OutboundMessage;
import com.lifeline.notification.Outbox;
import com.lifeline.security.CurrentUser;
import com.lifeline.web.BaseUrlProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The owner sends a contact a signed link during the quarter's verification; through it the contact
 * confirms they know they are listed and can be reached, which counts as that contact's verification
 * (method LINK) at once and fills in the owner's form.
 */
@Service
class ContactVerificationLinks {

    /**
     * What the public page shows: nothing personal, only whose contact they are, and the purposes the
     * contact's consent covers now (each may be withdrawn there).
     */
    record LinkView(String customerNumber, boolean answered, List<ConsentPurpose> consented) {
    }

    private final VerificationMapper mapper;
    private final Verifications verifications;
    private final CustomerMapper customerStore;
    private final CustomerScopes scopes;
    private final CustomerService customers;
    private final ConsentGate consent;
    private final ConsentChanges consentChanges;
    private final SignedLinks links;
    private final Outbox outbox;
    private final BaseUrlProperties app;
    private final AuditLog audit;
    private final ReverificationProperties properties;
    private final Clock clock;

    ContactVerificationLinks(VerificationMapper mapper, Verifications verifications, CustomerMapper customerStore,
                             CustomerScopes scopes, CustomerService customers, ConsentGate consent,
                             ConsentChanges consentChanges, SignedLinks links,
                             Outbox outbox, BaseUrlProperties app, AuditLog audit, ReverificationProperties properties,
                             Clock clock) {
        this.mapper = mapper;
        this.verifications = verifications;
        this.customerStore = customerStore;
        this.scopes = scopes;
        this.customers = customers;
        this.consent = consent;
        this.consentChanges = consentChanges;
        this.links = links;
        this.outbox = outbox;
        this.app = app;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Sends the link by SMS (and email, if the contact has one) through the outbox.
     *
     * @throws CustomerNotFoundException the verification is unknown or its customer out of the user's scope (404)
     * @throws NotAllowedException the user may see but not change the customer (403)
     */
    @Transactional
    void send(CurrentUser user, long verificationId, long contactId) {
        VerificationMapper.Verification verification = mapper.find(verificationId)
                .orElseThrow(() -> new CustomerNotFoundException("(核实 " + verificationId + ")"));
        CustomerScope scope = scopes.of(user);
        Customer customer = customerStore.findByNumberInScope(verification.customerNumber(), scope)
                .orElseThrow(() -> new CustomerNotFoundException(verification.customerNumber()));
        // the owner's chain, as for every change of contacts; seeing all customers (service) is not enough
        if (!scope.owners().contains(customer.ownerUserId())) {
            throw new NotAllowedException("只有客户负责人及其主管、部门负责人可以发送核实链接");
        }
        if (!"OPEN".equals(verification.status())) {
            throw VerificationRefusedException.closed();
        }
        EmergencyContact contact = customers.contactsOf(customer.id()).stream()
                .filter(c -> c.id() == contactId && "VALID".equals(c.status())).findFirst()
                .orElseThrow(VerificationRefusedException::noSuchContact);
        if (!consent.mayUse(contactId, ConsentPurpose.SERVICE)) {
            throw VerificationRefusedException.noConsent();
        }
        Instant now = clock.instant();
        Instant expires = now.plus(properties.linkValidity());
        GeneratedId key = new GeneratedId();
        mapper.insertLink(key, verificationId, contactId, customer.id(), user.userId(), now, expires);
        String url = app.baseUrl() + "/c/contact/" + links.sign(LinkPurpose.CONTACT_VERIFICATION, key.getId(), expires);
        String text = "【Lifeline】客户 " + customer.customerNumber() + " 将您列为紧急联系人。请点击确认您知悉并可被联系:" + url;
        outbox.enqueue(OutboundMessage.sms("verification-link-" + key.getId() + "-sms", contact.phone(), text));
        if (contact.email() != null && !contact.email().isBlank()) {
            outbox.enqueue(OutboundMessage.email("verification-link-" + key.getId() + "-email", contact.email(),
                    "【Lifeline】请确认您是客户 " + customer.customerNumber() + " 的紧急联系人", text + "\n\n此链接仅供您本人使用,请勿转发。\n"));
        }
        audit.record(user.userId(), AuditAction.CHANGE, customer.customerNumber(), "verification link to contact " + contactId);
    }

    LinkView view(String token) {
        VerificationMapper.Link link = link(token);
        List<ConsentPurpose> consented = Arrays.stream(ConsentPurpose.values())
                .filter(p -> consent.mayUse(link.contactId(), p)).toList();
        return new LinkView(verifications.find(link.verificationId()).customerNumber(), link.answeredAt() != null,
                consented);
    }

    /**
     * The contact withdraws one purpose of their own consent, effective at once (the consent gate refuses the
     * next use), while the link is valid, answered or not: a row with {@code withdrawn_via = CONTACT_LINK},
     * the change log and the audit.
     *
     * @throws com.lifeline.consent.PurposeNotConsentedException the purpose is not consented now (409)
     */
    @Transactional
    void withdraw(String token, String purpose) {
        VerificationMapper.Link link = link(token);
        ConsentPurpose parsed = ConsentPurpose.of(purpose);
        consentChanges.withdraw(link.customerId(), link.contactId(), parsed, WithdrawalVia.CONTACT_LINK,
                "contact:" + link.contactId());
    }

    /**
     * The contact confirms: informed and reachable, verified now by LINK; their own word that they know they
     * are listed is appended to their consent history (informed via CONTACT_LINK).
     */
    @Transactional
    void confirm(String token) {
        VerificationMapper.Link link = link(token);
        VerificationMapper.Verification verification = verifications.find(link.verificationId());
        if (!"OPEN".equals(verification.status()) || mapper.answerLink(link.id(), clock.instant()) != 1) {
            throw ContactLinkRefusedException.answered();
        }
        String by = "contact:" + link.contactId();
        verifications.record(link.verificationId(), link.contactId(), ContactOutcome.CONFIRMED, CheckMethod.LINK, by);
        customers.recordContactVerified(link.contactId(), VerificationMethod.LINK.name(), by);
        consentChanges.recordInformedByContact(link.customerId(), link.contactId(), by);
        audit.record(by, AuditAction.CONFIRM, verification.customerNumber(), "contact " + link.contactId() + " confirmed by link");
    }

    private VerificationMapper.Link link(String token) {
        return links.verify(LinkPurpose.CONTACT_VERIFICATION, token, clock.instant()).flatMap(mapper::findLink)
                .orElseThrow(ContactLinkRefusedException::invalid);
    }
}
