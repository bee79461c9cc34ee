package com.lifeline.change;

import com.lifeline.contact.EmergencyContact;
import com.lifeline.customer.CustomerService;
import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntrySubmission;
import com.lifeline.entry.EntrySubmission.ContactPart;
import com.lifeline.entry.EntrySubmission.CustomerPart;
import com.lifeline.entry.EntrySubmissions;
import com.lifeline.security.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Active customers of sales1 (supervisor sup1), and the steps of changing them. */
@Component
class ChangeTestSupport {

    static final CurrentUser SALES1 = new CurrentUser("sales1", List.of("sales"));
    static final CustomerPart NOTHING = new CustomerPart(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null);
    static final ContactPart NO_CONTACT_EDIT = new ContactPart(null, null, null, null, null, null, null, null);
    private static final Pattern LINK_TOKEN = Pattern.compile("/c/change/([A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+)");

    private final EntrySubmissions submissions;
    private final CustomerService customers;
    private final ChangeStarter starter;
    private final CustomerChanges changes;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final IdentityService identity;

    ChangeTestSupport(EntrySubmissions submissions, CustomerService customers, ChangeStarter starter,
                      CustomerChanges changes, TaskService tasks, RuntimeService runtime, JdbcTemplate jdbc,
                      IdentityService identity) {
        this.submissions = submissions;
        this.customers = customers;
        this.starter = starter;
        this.changes = changes;
        this.tasks = tasks;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.identity = identity;
    }

    /** As Tasklist does: a logged-in sales user's completion, so the form guard checks every field is declared. */
    void completeAs(String user, String taskId, Map<String, Object> variables) {
        identity.setAuthentication(user, List.of("sales"));
        try {
            tasks.complete(taskId, variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Entered by sales1 and approved by sup1: ACTIVE, the entry waiting for the customer's confirmation. */
    String activeCustomer(EntrySubmission entry) {
        String number = submissions.submit(entry, null, SALES1).customerNumber();
        Task review = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey("Task_SupervisorReview")
                .singleResult();
        tasks.complete(review.getId(), Map.of("reviewDecision", "APPROVE"));
        return number;
    }

    String activeCompany() {
        return activeCustomer(EntryExamples.company());
    }

    String activePerson() {
        return activeCustomer(EntryExamples.person());
    }

    List<EmergencyContact> contacts(String number) {
        return customers.contactsOf(customers.byNumber(number).id());
    }

    ChangeStarter.Outcome changePhoneOfFirstContact(String number, String phone) {
        long contactId = contacts(number).get(0).id();
        return starter.changeContact("sales1", number, contactId, "CUSTOMER_REQUEST", null, null,
                new ContactPart(null, null, phone, null, null, null, null, null));
    }

    ChangeStarter.Outcome changeCustomer(String number, CustomerPart edit) {
        return starter.changeCustomer("sales1", number, "ERROR_CORRECTION", null, null, edit);
    }

    ProcessInstance instance(ChangeStarter.Outcome outcome) {
        return runtime.createProcessInstanceQuery().processInstanceId(outcome.processInstanceId()).singleResult();
    }

    Task task(String processInstanceId, String key) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
    }

    CustomerChange change(long id) {
        return changes.find(id);
    }

    /** The signed-link token in the newest change notice for this change. */
    String linkToken(long changeId) {
        List<String> bodies = jdbc.queryForList("SELECT body FROM outbox WHERE channel = 'EMAIL' AND idempotency_key LIKE ? ORDER BY id DESC",
                String.class, "change-" + changeId + "%");
        for (String body : bodies) {
            Matcher matcher = LINK_TOKEN.matcher(body);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no change link queued for change " + changeId);
    }

    List<Map<String, Object>> changeLog(String number, String field) {
        return jdbc.queryForList("SELECT l.* FROM change_log l JOIN customer c ON c.id = l.customer_id "
                + "WHERE c.customer_number = ? AND l.field = ? ORDER BY l.id", number, field);
    }

    int version(String number) {
        return jdbc.queryForObject("SELECT version FROM customer WHERE customer_number = ?", Integer.class, number);
    }
}
