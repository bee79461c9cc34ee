package com.lifeline.entry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End "API 录入被拒绝": throws the check's refusal, so the start that carried the REST entry rolls back
 * as a whole (no draft, no customer, no instance) and the caller gets 400 or 409.
 */
@Component
public class RefuseApiEntryListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (!(execution.getVariable(EntryVariables.REFUSAL) instanceof EntryOutcome refused)) {
            throw new IllegalStateException("an API entry ends refused only after Task_CheckEntry refused it");
        }
        throw refused.refusal();
    }
}
