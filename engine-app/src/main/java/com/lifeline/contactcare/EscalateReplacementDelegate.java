package com.lifeline.contactcare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BoundaryEvent_ReplacementOverdue → Task_EscalateToSupervisor: the task stays open. Whom it escalates to
 * is the model's input parameter {@code escalateTo}, evaluated as the timer fires (today's org chart).
 */
@Component
public class EscalateReplacementDelegate implements JavaDelegate {

    private final ReplacementEscalations escalations;

    EscalateReplacementDelegate(ReplacementEscalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalations.escalate(execution.getProcessInstanceId(),
                (String) execution.getVariable(ReplacementVariables.CUSTOMER_NUMBER),
                (String) execution.getVariableLocal(ReplacementVariables.ESCALATE_TO));
    }
}
