package com.lifeline.contactoffer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.consent.NewConsent;
import com.lifeline.contact.NewContact;
import com.lifeline.crypto.CustomerCrypto;
import com.lifeline.customer.Customer;
import com.lifeline.customer.CustomerService;
import com.lifeline.database.GeneratedId;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Contacts an entrant offers to a customer of another team (their entry duplicated it, and they may
 * not change it). The contacts wait sealed with that customer's data key; its owner accepts them
 * (they become emergency contacts, with consent, change log and audit) or rejects them with a reason
 * (they are deleted). Either way the entrant is told, without the customer's number.
 */
@Service
public class ContactOffers {

    static final String REASON_ACCEPTED = "接收其他团队录入时提供的联系人";
    private static final String PAYLOAD_FIELD = "contact-offer.contacts";

    private final ContactOfferMapper mapper;
    private final CustomerService customers;
    private final CustomerCrypto crypto;
    private final ObjectMapper json;
    private final RuntimeService runtime;
    private final ContactOfferNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    ContactOffers(ContactOfferMapper mapper, CustomerService customers, CustomerCrypto crypto, ObjectMapper json,
                  RuntimeService runtime, ContactOfferNotices notices, AuditLog audit, Clock clock) {
        this.mapper = mapper;
        this.customers = customers;
        this.crypto = crypto;
        this.json = json;
        this.runtime = runtime;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores the contacts for the customer's owner and starts contact-offer.bpmn; returns the offer id. */
    @Transactional
    public long offer(String customerNumber, long entryId, String offeredBy, List<NewContact> contacts,
                      NewConsent consent) {
        Customer customer = customers.byNumber(customerNumber);
        GeneratedId key = new GeneratedId();
        mapper.insert(key, customer.id(), entryId, offeredBy,
                crypto.seal(crypto.keyOf(customer.id()), PAYLOAD_FIELD, write(new OfferedContacts(contacts, consent))),
                contacts.size(), clock.instant());
        long offerId = key.getId();
        audit.record(offeredBy, AuditAction.CREATE, customer.customerNumber(),
                "contact offer " + offerId + ": " + contacts.size() + " contacts for the owner to accept");
        ProcessInstance instance = runtime.createProcessInstanceByKey(ContactOfferVariables.PROCESS_KEY)
                .businessKey(customer.customerNumber())
                .setVariable(ContactOfferVariables.OFFER_ID, offerId)
                .setVariable(ContactOfferVariables.CUSTOMER_NUMBER, customer.customerNumber())
                .setVariable(ContactOfferVariables.CUSTOMER_LABEL, customer.taskLabel())
                .setVariable(ContactOfferVariables.OWNER, customer.ownerUserId())
                .setVariable(ContactOfferVariables.OFFERED_BY, offeredBy)
                .execute();
        mapper.setProcessInstance(offerId, instance.getId());
        return offerId;
    }

    public ContactOffer get(long offerId) {
        return mapper.findById(offerId).orElseThrow(() -> new IllegalStateException("contact offer " + offerId + " is missing"));
    }

    /** The offered contacts, opened: only while the offer waits for its owner. */
    OfferedContacts contacts(long offerId) {
        return open(pending(offerId));
    }

    /** The owner accepts: contacts the customer does not have yet (by phone) are added. Returns how many. */
    @Transactional
    public int accept(long offerId, String owner) {
        ContactOffer offer = pending(offerId);
        OfferedContacts offered = open(offer);
        int added = customers.addContacts(offer.customerId(), offered.contacts(), offered.consent(), offer.offeredBy(),
                owner, REASON_ACCEPTED);
        decide(offer, ContactOfferStatus.ACCEPTED, owner, null, added);
        notices.accepted(offer, added);
        return added;
    }

    /** The owner rejects, with a reason: the offered contacts are deleted and the entrant is told why. */
    @Transactional
    public void reject(long offerId, String owner, String reason) {
        ContactOffer offer = pending(offerId);
        decide(offer, ContactOfferStatus.REJECTED, owner, reason, 0);
        audit.record(owner, AuditAction.DELETE, offer.customerNumber(),
                "contact offer " + offerId + " rejected: " + offer.contactCount() + " offered contacts deleted");
        notices.rejected(offer, reason);
    }

    private void decide(ContactOffer offer, ContactOfferStatus status, String owner, String reason, int added) {
        if (mapper.decide(offer.id(), status, owner, reason, added, clock.instant()) != 1) {
            throw new IllegalStateException("contact offer " + offer.id() + " was decided already");
        }
    }

    private ContactOffer pending(long offerId) {
        ContactOffer offer = get(offerId);
        if (offer.status() != ContactOfferStatus.PENDING) {
            throw new IllegalStateException("contact offer " + offerId + " is " + offer.status());
        }
        return offer;
    }

    private OfferedContacts open(ContactOffer offer) {
        try {
            return json.readValue(crypto.open(crypto.keyOf(offer.customerId()), PAYLOAD_FIELD, offer.payload()),
                    OfferedContacts.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("contact offer " + offer.id() + " is unreadable", e);
        }
    }

    private String write(OfferedContacts contacts) {
        try {
            return json.writeValueAsString(contacts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a contact offer could not be written", e);
        }
    }
}
