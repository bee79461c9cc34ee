package com.lifeline.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Completing Task_EditChange: the form's fields become the change's draft (checked by the entry's
 * rules, at the version the form was read) and leave the engine in the same command; a broken rule
 * keeps the task open with the field and the reason.
 */
@Component
public class ChangeFormListener implements TaskListener {

    private final CustomerChanges changes;

    ChangeFormListener(CustomerChanges changes) {
        this.changes = changes;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        Map<String, Object> variables = execution.getVariables();
        Set<String> submitted = new HashSet<>(variables.keySet());
        submitted.retainAll(ChangeFormFields.KEYS);
        execution.removeVariables(submitted);
        long id = changes.draft(task.getAssignee(), (String) variables.get(ChangeVariables.CUSTOMER_NUMBER),
                (String) variables.get(ChangeVariables.REASON), (String) variables.get(ChangeVariables.REASON_TEXT),
                now -> ChangeFormFields.apply(now, variables), ChangeFormFields.version(variables),
                (Long) variables.get(ChangeVariables.CORRECTION_ID));
        execution.setVariable(ChangeVariables.CHANGE_ID, id);
    }
}
