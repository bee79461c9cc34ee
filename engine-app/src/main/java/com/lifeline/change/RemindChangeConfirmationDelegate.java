package com.lifeline.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RemindCustomer: no answer in 5 working days, the same link once more. */
@Component
public class RemindChangeConfirmationDelegate implements JavaDelegate {

    private final ChangeConfirmations confirmations;

    RemindChangeConfirmationDelegate(ChangeConfirmations confirmations) {
        this.confirmations = confirmations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        confirmations.ask((Long) execution.getVariable(ChangeVariables.CHANGE_ID), true);
    }
}
