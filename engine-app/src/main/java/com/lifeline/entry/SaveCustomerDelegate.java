package com.lifeline.entry;

import com.lifeline.customer.SavedCustomer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Allocates the customer number (first time) and saves the record; the model names who reviews it. */
@Component
public class SaveCustomerDelegate implements JavaDelegate {

    private final EntryService entries;

    SaveCustomerDelegate(EntryService entries) {
        this.entries = entries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SavedCustomer saved = entries.save((Long) execution.getVariable(EntryVariables.ENTRY_ID));
        String entrant = (String) execution.getVariable(EntryVariables.ENTRANT);
        execution.setVariable(EntryVariables.CUSTOMER_ID, saved.id());
        execution.setVariable(EntryVariables.CUSTOMER_NUMBER, saved.customerNumber());
        execution.setVariable(EntryVariables.CUSTOMER_LABEL, saved.taskLabel());
        execution.setVariable(EntryVariables.OWNER, entrant);
        execution.setProcessBusinessKey(saved.customerNumber());
    }
}
