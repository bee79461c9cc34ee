package com.lifeline.entry;

import com.lifeline.verification.CustomerConfirmations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Approved: the customer becomes ACTIVE (its entry draft goes) and is asked to confirm their data through a signed link. */
@Component
public class ActivateCustomerDelegate implements JavaDelegate {

    private final EntryService entries;
    private final CustomerConfirmations confirmations;

    ActivateCustomerDelegate(EntryService entries, CustomerConfirmations confirmations) {
        this.entries = entries;
        this.confirmations = confirmations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long customerId = (Long) execution.getVariable(EntryVariables.CUSTOMER_ID);
        entries.activate((Long) execution.getVariable(EntryVariables.ENTRY_ID), customerId,
                (String) execution.getVariable(EntryVariables.REVIEWER));
        execution.setVariable(EntryVariables.CONFIRMATION_ID, confirmations.request(customerId));
    }
}
