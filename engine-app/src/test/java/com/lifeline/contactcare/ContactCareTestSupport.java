package com.lifeline.contactcare;

import com.lifeline.contact.EmergencyContact;
import com.lifeline.customer.CustomerService;
import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntrySubmission;
import com.lifeline.entry.EntrySubmission.ContactPart;
import com.lifeline.entry.EntrySubmissions;
import com.lifeline.security.CurrentUser;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Customers of sales1 (supervisor sup1) with two or three contacts, and their contacts' ids. */
@Component
class ContactCareTestSupport {

    static final CurrentUser SALES1 = new CurrentUser("sales1", List.of("sales"));

    private final EntrySubmissions submissions;
    private final CustomerService customers;
    private final TaskService tasks;

    ContactCareTestSupport(EntrySubmissions submissions, CustomerService customers, TaskService tasks) {
        this.submissions = submissions;
        this.customers = customers;
        this.tasks = tasks;
    }

    /** A company customer of sales1 with its entry's two contacts. */
    String enterWithTwoContacts() {
        return submissions.submit(EntryExamples.company(), null, SALES1).customerNumber();
    }

    /** A company customer of sales1 with three contacts. */
    String enterWithThreeContacts() {
        EntrySubmission base = EntryExamples.company();
        ContactPart second = base.contacts().get(1);
        List<ContactPart> three = new ArrayList<>(base.contacts());
        three.add(new ContactPart("孙" + second.name().substring(1), "LEGAL",
                "136" + second.phone().substring(3), null, null, "可决定法律事务", false, true));
        return submissions.submit(EntryExamples.withContacts(base, three), null, SALES1).customerNumber();
    }

    /** The supervisor's review approves the customer: ACTIVE, and the confirmation notice is queued. */
    void approve(String number) {
        Task review = tasks.createTaskQuery().processDefinitionKey("customer-entry")
                .processVariableValueEquals("customerNumber", number).taskDefinitionKey("Task_SupervisorReview")
                .singleResult();
        tasks.complete(review.getId(), Map.of("reviewDecision", "APPROVE"));
    }

    String customerEmail(String number) {
        return customers.byNumber(number).email();
    }

    long customerId(String number) {
        return customers.byNumber(number).id();
    }

    List<EmergencyContact> contacts(String number) {
        return customers.contactsOf(customerId(number));
    }

    long contactId(String number, int index) {
        return contacts(number).get(index).id();
    }

    EmergencyContact contact(String number, long contactId) {
        return contacts(number).stream().filter(c -> c.id() == contactId).findFirst().orElseThrow();
    }
}
