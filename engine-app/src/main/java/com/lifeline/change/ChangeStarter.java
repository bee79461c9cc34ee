package com.lifeline.change;

import com.lifeline.entry.EntrySubmission.ConsentPart;
import com.lifeline.entry.EntrySubmission.ContactPart;
import com.lifeline.entry.EntrySubmission.CustomerPart;
import com.lifeline.security.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Starts customer-change for the API and the directory: a change typed by an API client is drafted
 * and started in one transaction (refused: nothing stays, not even the instance); the directory's
 * 修改 starts the process for its form, with the caller as initiator.
 */
@Service
public class ChangeStarter {

    private final CustomerChanges changes;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;

    ChangeStarter(CustomerChanges changes, RuntimeService runtime, TaskService tasks, IdentityService identity) {
        this.changes = changes;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
    }

    /** What became of a change: applied at once, or waiting for the customer's confirmation. */
    public record Outcome(long changeId, ChangeStatus status, String processInstanceId) {
    }

    @Transactional
    public Outcome changeCustomer(String actor, String number, String reason, String reasonText, Integer version,
                                  CustomerPart edit) {
        return start(actor, number, reason, reasonText, version, p -> p.withCustomer(edit == null ? NO_CUSTOMER_EDIT : edit));
    }

    @Transactional
    public Outcome changeContact(String actor, String number, long contactId, String reason, String reasonText,
                                 Integer version, ContactPart edit) {
        return start(actor, number, reason, reasonText, version, p -> p.withContact(known(p, contactId),
                edit == null ? new ContactPart(null, null, null, null, null, null, null, null) : edit));
    }

    /**
     * A new contact with the consent collected for it (checked by the entry's rules, stored only when the
     * change applies after the customer's confirmation; a refused change stores none).
     */
    @Transactional
    public Outcome addContact(String actor, String number, String reason, String reasonText, Integer version,
                              ContactPart contact, ConsentPart consent) {
        return start(actor, number, reason, reasonText, version,
                p -> p.withNewContact(contact == null ? new ContactPart(null, null, null, null, null, null, null, null) : contact,
                        consent));
    }

    @Transactional
    public Outcome removeContact(String actor, String number, long contactId, String reason, String reasonText,
                                 Integer version) {
        return start(actor, number, reason, reasonText, version, p -> p.withoutContact(known(p, contactId)));
    }

    /**
     * The directory's 修改: the process starts for its form, as the caller and their groups (as Tasklist's
     * start form would: the engine checks its start permission by group); returns the caller's task.
     */
    @Transactional
    public String startForForm(CurrentUser user, String number, String reason, String reasonText) {
        CustomerChanges.reason(reason, reasonText);
        changes.changeable(user.userId(), number);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ChangeVariables.CUSTOMER_NUMBER, number);
        variables.put(ChangeVariables.REASON, reason);
        variables.put(ChangeVariables.REASON_TEXT, reasonText);
        ProcessInstance instance;
        Authentication before = identity.getCurrentAuthentication();
        identity.setAuthentication(user.userId(), user.groupIds());
        try {
            instance = runtime.startProcessInstanceByKey(CustomerChanges.PROCESS_KEY, variables);
        } finally {
            if (before == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(before);
            }
        }
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskAssignee(user.userId()).singleResult();
        return task.getId();
    }

    private Outcome start(String actor, String number, String reason, String reasonText, Integer version,
                          UnaryOperator<Proposal> edit) {
        long changeId = changes.draft(actor, number, reason, reasonText, edit, version, null);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ChangeVariables.CUSTOMER_NUMBER, changes.find(changeId).customerNumber());
        variables.put(ChangeVariables.REASON, reason);
        variables.put(ChangeVariables.REASON_TEXT, reasonText);
        variables.put(ChangeVariables.CHANGE_ID, changeId);
        ProcessInstance instance = runtime.startProcessInstanceByKey(CustomerChanges.PROCESS_KEY, variables);
        return new Outcome(changeId, changes.find(changeId).status(), instance.getId());
    }

    private static long known(Proposal proposal, long contactId) {
        if (!proposal.hasContact(contactId)) {
            throw new ContactNotFoundException(contactId);
        }
        return contactId;
    }

    private static final CustomerPart NO_CUSTOMER_EDIT = new CustomerPart(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null);
}
