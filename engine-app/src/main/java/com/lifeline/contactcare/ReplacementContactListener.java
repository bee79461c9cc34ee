package com.lifeline.contactcare;

import com.lifeline.entry.EntrySubmission.ConsentPart;
import com.lifeline.entry.EntrySubmission.ContactPart;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completing Task_ObtainReplacement: the new contact and its consent are checked and stored, then taken
 * out of the engine. A refused value keeps the task open with the field named (400).
 */
@Component
public class ReplacementContactListener implements TaskListener {

    private final ContactReplacements replacements;
    private final IdentityService identity;

    ReplacementContactListener(ContactReplacements replacements, IdentityService identity) {
        this.replacements = replacements;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        ContactPart contact = new ContactPart(text(task, "contactName"), text(task, "contactRelation"),
                text(task, "contactPhone"), text(task, "contactEmail"), text(task, "contactWechat"),
                text(task, "contactScope"), flag(task, "contactReachable24h"), flag(task, "contactInformed"));
        ConsentPart consent = new ConsentPart(flag(task, "consentService"), flag(task, "consentEmergency"),
                flag(task, "consentMarketing"), text(task, "consentChannel"), text(task, "consentEvidence"));
        replacements.add((Long) execution.getVariable(ReplacementVariables.CUSTOMER_ID), contact, consent, worker(task));
        ReplacementVariables.FORM_KEYS.forEach(execution::removeVariable);
    }

    /** Whoever completes it: the owner, or their supervisor after the escalation. */
    private String worker(DelegateTask task) {
        Authentication current = identity.getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId() : task.getAssignee();
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? null : value.toString();
    }

    private static Boolean flag(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value instanceof Boolean b ? b : value == null ? null : Boolean.valueOf(value.toString());
    }
}
