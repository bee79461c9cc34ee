package com.lifeline.reverification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BoundaryEvent_VerificationDue → Task_RemindOwner: the task stays open. */
@Component
public class RemindVerificationDelegate implements JavaDelegate {

    private final VerificationReminders reminders;

    RemindVerificationDelegate(VerificationReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.remindOwner(execution.getProcessInstanceId(),
                (String) execution.getVariable(VerificationVariables.CUSTOMER_NUMBER),
                (String) execution.getVariable(VerificationVariables.OWNER));
    }
}
