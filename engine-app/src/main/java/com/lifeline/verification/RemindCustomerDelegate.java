package com.lifeline.verification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** No answer after 7 days: one reminder with the same link. */
@Component
public class RemindCustomerDelegate implements JavaDelegate {

    private final CustomerConfirmations confirmations;

    RemindCustomerDelegate(CustomerConfirmations confirmations) {
        this.confirmations = confirmations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        confirmations.remind((Long) execution.getVariable("confirmationId"));
    }
}
