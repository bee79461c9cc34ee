package com.lifeline.entry;

import com.lifeline.customer.SavedCustomer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The entry duplicated an existing customer: its new contacts go onto that record instead. */
@Component
public class AttachContactsDelegate implements JavaDelegate {

    private final EntryService entries;

    AttachContactsDelegate(EntryService entries) {
        this.entries = entries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SavedCustomer existing = entries.attachToExisting((Long) execution.getVariable(EntryVariables.ENTRY_ID),
                (String) execution.getVariable(EntryVariables.DUPLICATE_CUSTOMER_NUMBER));
        execution.setVariable(EntryVariables.CUSTOMER_ID, existing.id());
        execution.setVariable(EntryVariables.CUSTOMER_NUMBER, existing.customerNumber());
    }
}
