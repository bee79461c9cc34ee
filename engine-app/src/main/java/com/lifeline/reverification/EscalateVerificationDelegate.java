package com.lifeline.reverification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BoundaryEvent_VerificationOverdue → Task_EscalateToSupervisor: whom it goes to is the model's input
 * parameter {@code escalateTo} (the owner's supervisor by the org chart as the timer fires).
 */
@Component
public class EscalateVerificationDelegate implements JavaDelegate {

    private final VerificationReminders reminders;

    EscalateVerificationDelegate(VerificationReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.escalate(execution.getProcessInstanceId(),
                (String) execution.getVariable(VerificationVariables.CUSTOMER_NUMBER),
                (String) execution.getVariableLocal(VerificationVariables.ESCALATE_TO));
    }
}
