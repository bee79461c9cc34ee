package com.lifeline.contactcare;

import com.lifeline.customer.Customer;
import com.lifeline.customer.CustomerService;
import com.lifeline.web.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contact nobody can reach is marked INVALID at once, with a reason, by anyone who may change the
 * customer (REST, the customer page, a re-verification outcome). Fewer than two valid contacts left:
 * the owner is asked for a replacement (contact-replacement.bpmn).
 */
@Service
public class ContactReachability {

    private final ContactEditors editors;
    private final CustomerService customers;
    private final ContactReplacements replacements;
    private final int reasonMaxLength;

    ContactReachability(ContactEditors editors, CustomerService customers, ContactReplacements replacements,
                        ContactCareProperties properties) {
        this.editors = editors;
        this.customers = customers;
        this.replacements = replacements;
        this.reasonMaxLength = properties.reasonMaxLength();
    }

    /**
     * Marks the contact unreachable as {@code actor} (a user id; their scope applies): INVALID, change log
     * and audit; opens the replacement task when fewer than two valid contacts remain.
     *
     * @throws com.lifeline.customer.CustomerNotFoundException unknown or out of the actor's scope (404)
     * @throws com.lifeline.customer.ContactNotFoundException not a current contact of that customer (404)
     * @throws com.lifeline.customer.NotAllowedException the actor may see but not change the customer (403)
     * @throws InvalidRequestException no reason or too long (400)
     */
    @Transactional
    public void markUnreachable(String customerNumber, long contactId, String reason, String actor) {
        Customer customer = editors.customerFor(actor, customerNumber);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > reasonMaxLength) {
            throw new InvalidRequestException("reason", "请写明联系不上的原因(最多 " + reasonMaxLength + " 个字)");
        }
        int stillValid = customers.markContactUnreachable(customer.id(), contactId, text, actor);
        if (stillValid < 2) {
            replacements.requestFor(customer, contactId);
        }
    }
}
