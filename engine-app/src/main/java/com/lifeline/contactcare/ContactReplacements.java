package com.lifeline.contactcare;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.contact.EmergencyContact;
import com.lifeline.customer.Customer;
import com.lifeline.customer.CustomerService;
import com.lifeline.entry.ContactCheck;
import com.lifeline.entry.EntrySubmission.ConsentPart;
import com.lifeline.entry.EntrySubmission.ContactPart;
import com.lifeline.entry.EntryValidator;
import com.lifeline.entry.FieldProblem;
import com.lifeline.web.TaskInputException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/**
 * A customer with fewer than two valid contacts: its owner is asked for a replacement
 * (contact-replacement.bpmn, one open request per customer), and the replacement goes through the
 * entry's contact and consent rules before it joins the record.
 */
@Service
class ContactReplacements {

    static final String REASON = "补充联系不上的紧急联系人";

    private final RuntimeService runtime;
    private final CustomerService customers;
    private final EntryValidator validator;
    private final AuditLog audit;

    ContactReplacements(RuntimeService runtime, CustomerService customers, EntryValidator validator, AuditLog audit) {
        this.runtime = runtime;
        this.customers = customers;
        this.validator = validator;
        this.audit = audit;
    }

    /** Starts contact-replacement for the customer unless one is open already. */
    void requestFor(Customer customer, long invalidContactId) {
        boolean open = runtime.createProcessInstanceQuery().processDefinitionKey(ReplacementVariables.PROCESS_KEY)
                .processInstanceBusinessKey(customer.customerNumber()).count() > 0;
        if (open) {
            return;
        }
        // started by the application as no user: the variables are ours, and routing reads only them
        runtime.startProcessInstanceByKey(ReplacementVariables.PROCESS_KEY, customer.customerNumber(),
                Map.of(ReplacementVariables.CUSTOMER_ID, customer.id(),
                        ReplacementVariables.CUSTOMER_NUMBER, customer.customerNumber(),
                        ReplacementVariables.OWNER, customer.ownerUserId(),
                        ReplacementVariables.INVALID_CONTACT_ID, invalidContactId));
        audit.record("system", AuditAction.CREATE, customer.customerNumber(), "contact replacement requested");
    }

    /**
     * The replacement the owner obtained, checked as at entry (phone, required fields, informed, consent)
     * and not a phone the customer's contacts already have; joins the record with its consent.
     *
     * @throws TaskInputException naming the first field in the form's words; nothing is stored
     */
    @Transactional
    public void add(long customerId, ContactPart contact, ConsentPart consent, String actor) {
        ContactCheck check = validator.checkAddedContact(contact, consent);
        if (!check.valid()) {
            FieldProblem first = check.problems().get(0);
            throw new TaskInputException(first.field(), first.message());
        }
        List<EmergencyContact> present = customers.contactsOf(customerId);
        if (present.stream().anyMatch(c -> c.phone().equals(check.contact().phone()))) {
            throw new TaskInputException("contact.phone", "此电话已是该客户的紧急联系人(包括已无效的),请填写另一名联系人");
        }
        customers.addContacts(customerId, List.of(check.contact()), check.consent(), actor, actor, REASON);
    }
}
