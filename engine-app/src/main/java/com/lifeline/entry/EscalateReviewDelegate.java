package com.lifeline.entry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Fired by the non-interrupting "review overdue" timer; the review task stays open. Whom it escalates
 * to is the model's input parameter {@code escalateTo}, evaluated as the timer fires (today's org chart).
 */
@Component
public class EscalateReviewDelegate implements JavaDelegate {

    private final ReviewEscalations escalations;

    EscalateReviewDelegate(ReviewEscalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalations.escalate(execution.getProcessInstanceId(),
                (Long) execution.getVariable(EntryVariables.CUSTOMER_ID),
                (String) execution.getVariable(EntryVariables.CUSTOMER_NUMBER),
                (String) execution.getVariableLocal(EntryVariables.ESCALATE_TO));
    }
}
