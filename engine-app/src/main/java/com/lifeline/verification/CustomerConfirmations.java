package com.lifeline.verification;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.consent.ConsentGate;
import com.lifeline.consent.ConsentPurpose;
import com.lifeline.contact.EmergencyContact;
import com.lifeline.contact.VerificationMethod;
import com.lifeline.crypto.CustomerCrypto;
import com.lifeline.customer.Customer;
import com.lifeline.customer.CustomerKind;
import com.lifeline.customer.CustomerService;
import com.lifeline.database.GeneratedId;
import com.lifeline.links.LinkPurpose;
import com.lifeline.links.SignedLinks;
import com.lifeline.phone.Masking;
import com.lifeline.web.BaseUrlProperties;
import com.lifeline.web.InvalidRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The information-confirmation loop after approval: the customer gets a signed, expiring link,
 * sees their data masked, and confirms or asks for a correction; the answer moves the process on.
 */
@Service
public class CustomerConfirmations {

    public static final String MESSAGE_CONFIRMED = "CustomerConfirmed";
    public static final String MESSAGE_CORRECTION = "CustomerCorrectionRequested";
    /** The customer's own words may quote anyone's details: sealed with the customer's data key. */
    private static final String CORRECTION_FIELD = "confirmation.correction";

    private final ConfirmationMapper mapper;
    private final CustomerService customers;
    private final CustomerCrypto crypto;
    private final SignedLinks signer;
    private final LinkProperties links;
    private final int maxCorrection;
    private final BaseUrlProperties app;
    private final CustomerNotices notices;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final Clock clock;
    private final ConsentGate gate;

    CustomerConfirmations(ConfirmationMapper mapper, CustomerService customers, CustomerCrypto crypto, SignedLinks signer,
                          LinkProperties links, VerificationProperties limits, BaseUrlProperties app,
                          CustomerNotices notices, RuntimeService runtime, AuditLog audit, Clock clock, ConsentGate gate) {
        this.gate = gate;
        this.mapper = mapper;
        this.customers = customers;
        this.crypto = crypto;
        this.signer = signer;
        this.links = links;
        this.maxCorrection = limits.correctionMaxLength();
        this.app = app;
        this.notices = notices;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates the confirmation and queues the notice (email and/or SMS) with its link. */
    @Transactional
    public long request(long customerId) {
        Instant now = clock.instant();
        Instant expires = now.plus(links.validity());
        GeneratedId key = new GeneratedId();
        mapper.insert(key, customerId, expires, now);
        notices.askToConfirm(customers.get(customerId), key.getId(), linkFor(key.getId(), expires));
        return key.getId();
    }

    @Transactional
    public void remind(long confirmationId) {
        CustomerConfirmation confirmation = find(confirmationId);
        notices.remindToConfirm(customers.get(confirmation.customerId()), confirmationId,
                linkFor(confirmationId, confirmation.expiresAt()));
    }

    public ConfirmationView view(String token) {
        CustomerConfirmation confirmation = byToken(token);
        Customer c = customers.get(confirmation.customerId());
        List<EmergencyContact> contacts = customers.contactsOf(c.id());
        audit.record("customer:" + c.customerNumber(), AuditAction.VIEW, c.customerNumber(), "confirmation page");
        return new ConfirmationView(c.customerNumber(),
                c.kind() == CustomerKind.COMPANY ? c.name() : Masking.personName(c.name()),
                Masking.phone(c.phone()), Masking.email(c.email()),
                c.province() + c.city() + c.district() + " ****",
                contacts.stream().map(ec -> new ConfirmationView.Contact(ec.id(), ec.relation().label(),
                        Masking.personName(ec.name()), Masking.phone(ec.phone()), Arrays.stream(ConsentPurpose.values())
                        .filter(p -> gate.mayUse(ec.id(), p)).toList())).toList(),
                confirmation.status());
    }

    /** The customer confirmed their data, and with it that each valid contact is right. */
    @Transactional
    public void confirm(String token) {
        CustomerConfirmation confirmation = byToken(token);
        answer(confirmation, ConfirmationStatus.CONFIRMED, null, MESSAGE_CONFIRMED);
        contactsVerified(confirmation.customerId(), VerificationMethod.CUSTOMER_LINK,
                "customer:" + customers.get(confirmation.customerId()).customerNumber());
    }

    @Transactional
    public void requestCorrection(String token, String request) {
        String text = request == null ? "" : request.strip();
        if (text.isEmpty() || text.length() > maxCorrection || text.contains("<") || text.contains(">")) {
            throw new InvalidRequestException("message", "请用不超过 " + maxCorrection + " 个字写明需要更正的内容(不能包含 < >)");
        }
        answer(byToken(token), ConfirmationStatus.CORRECTION_REQUESTED, text, MESSAGE_CORRECTION);
    }

    /** The customer a valid (signed, unexpired) confirmation link belongs to; answered or not. */
    public long customerIdOf(String token) {
        return byToken(token).customerId();
    }

    /** The owner reached the customer by phone and the customer confirmed. */
    @Transactional
    public void confirmedByCall(long confirmationId, String caller) {
        mapper.answer(confirmationId, ConfirmationStatus.CONFIRMED_BY_CALL, null, clock.instant());
        contactsVerified(find(confirmationId).customerId(), VerificationMethod.CALL, caller);
    }

    private void contactsVerified(long customerId, VerificationMethod method, String actor) {
        customers.contactsOf(customerId).stream().filter(c -> "VALID".equals(c.status()))
                .forEach(c -> customers.recordContactVerified(c.id(), method.name(), actor));
    }

    public CustomerConfirmation find(long confirmationId) {
        CustomerConfirmation sealed = mapper.findById(confirmationId).orElseThrow(LinkRefusedException::new);
        if (sealed.correctionRequest() == null) {
            return sealed;
        }
        return sealed.withCorrectionRequest(
                crypto.open(crypto.keyOf(sealed.customerId()), CORRECTION_FIELD, sealed.correctionRequest()));
    }

    private void answer(CustomerConfirmation confirmation, ConfirmationStatus status, String correction,
                        String message) {
        String sealed = crypto.seal(crypto.keyOf(confirmation.customerId()), CORRECTION_FIELD, correction);
        if (mapper.answer(confirmation.id(), status, sealed, clock.instant()) != 1) {
            throw new AlreadyAnsweredException();
        }
        Customer c = customers.get(confirmation.customerId());
        audit.record("customer:" + c.customerNumber(), AuditAction.CONFIRM, c.customerNumber(), status.name());
        // the process may be past waiting (e.g. the owner is already calling): the answer is kept all the same
        runtime.createMessageCorrelation(message)
                .processInstanceVariableEquals("confirmationId", confirmation.id())
                .correlateAllWithResult();
    }

    private CustomerConfirmation byToken(String token) {
        Instant now = clock.instant();
        long id = signer.verify(LinkPurpose.CUSTOMER_CONFIRMATION, token, now).orElseThrow(LinkRefusedException::new);
        CustomerConfirmation confirmation = find(id);
        if (now.isAfter(confirmation.expiresAt())) {
            throw new LinkRefusedException();
        }
        return confirmation;
    }

    private String linkFor(long confirmationId, Instant expires) {
        return app.baseUrl() + "/c/" + signer.sign(LinkPurpose.CUSTOMER_CONFIRMATION, confirmationId, expires);
    }
}
