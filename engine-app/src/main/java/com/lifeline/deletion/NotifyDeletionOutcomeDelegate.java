package com.lifeline.deletion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyHeld, Task_NotifyRejected, Task_NotifyErased: the requester learns the outcome the request records. */
@Component
public class NotifyDeletionOutcomeDelegate implements JavaDelegate {

    private final DeletionOutcomes outcomes;

    NotifyDeletionOutcomeDelegate(DeletionOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outcomes.tellRequester((Long) execution.getVariable(DeletionVariables.REQUEST_ID));
    }
}
