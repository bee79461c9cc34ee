package com.lifeline.deletion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BoundaryEvent_ApprovalOverdue → Task_EscalateToCommittee: the data committee may decide too; the task stays open. */
@Component
public class EscalateDeletionDelegate implements JavaDelegate {

    private final DeletionEscalations escalations;

    EscalateDeletionDelegate(DeletionEscalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalations.escalate(execution.getProcessInstanceId(), (String) execution.getVariable(DeletionVariables.CUSTOMER_NUMBER));
    }
}
