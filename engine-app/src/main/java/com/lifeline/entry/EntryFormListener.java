package com.lifeline.entry;

import com.lifeline.web.TaskInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Runs when the entry form is submitted (start event, and Correct entry task): moves the form's
 * personal data into the entry draft and removes it from the engine in the same command, leaving
 * only the draft id behind.
 */
@Component
public class EntryFormListener implements ExecutionListener, TaskListener {

    private final EntryService entries;

    EntryFormListener(EntryService entries) {
        this.entries = entries;
    }

    /** Whether the entrant may enter customers is checked by Task_CheckEntry, with everything else. */
    @Override
    public void notify(DelegateExecution execution) {
        String entrant = (String) execution.getVariable(EntryVariables.ENTRANT);
        if (entrant == null) {
            throw new TaskInputException("录入人", "请登录后提交");
        }
        capture(execution, entrant);
    }

    @Override
    public void notify(DelegateTask task) {
        capture(task.getExecution(), task.getAssignee());
    }

    private void capture(DelegateExecution execution, String entrant) {
        Map<String, Object> variables = execution.getVariables();
        Long draftId = (Long) variables.get(EntryVariables.ENTRY_ID);
        if (draftId != null && !EntryFormFields.present(variables)) {
            return; // POST /api/entries stored the draft before it started the process
        }
        long id = entries.capture(draftId, entrant, EntryFormFields.fromVariables(variables));
        Set<String> submitted = new HashSet<>(variables.keySet());
        submitted.retainAll(EntryFormFields.KEYS);
        execution.removeVariables(submitted);
        execution.setVariable(EntryVariables.ENTRY_ID, id);
    }
}
