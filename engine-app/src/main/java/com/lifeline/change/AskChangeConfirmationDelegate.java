package com.lifeline.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AskCustomer: the signed link to the changed key fields goes out through the outbox. */
@Component
public class AskChangeConfirmationDelegate implements JavaDelegate {

    private final ChangeConfirmations confirmations;

    AskChangeConfirmationDelegate(ChangeConfirmations confirmations) {
        this.confirmations = confirmations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        confirmations.ask((Long) execution.getVariable(ChangeVariables.CHANGE_ID), false);
    }
}
