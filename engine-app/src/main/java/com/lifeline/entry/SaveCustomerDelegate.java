package com.lifeline.entry;

import com.lifeline.customer.SavedCustomer;
import com.lifeline.org.OrgChart;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Allocates the customer number (first time), saves the record and routes the review to the entrant's supervisor. */
@Component
public class SaveCustomerDelegate implements JavaDelegate {

    private final EntryService entries;
    private final OrgChart org;

    SaveCustomerDelegate(EntryService entries, OrgChart org) {
        this.entries = entries;
        this.org = org;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SavedCustomer saved = entries.save((Long) execution.getVariable(EntryVariables.ENTRY_ID));
        String entrant = (String) execution.getVariable(EntryVariables.ENTRANT);
        execution.setVariable(EntryVariables.CUSTOMER_ID, saved.id());
        execution.setVariable(EntryVariables.CUSTOMER_NUMBER, saved.customerNumber());
        execution.setVariable(EntryVariables.CUSTOMER_LABEL, saved.taskLabel());
        execution.setVariable(EntryVariables.OWNER, entrant);
        execution.setVariable(EntryVariables.REVIEWER, org.supervisorOf(entrant));
        execution.setProcessBusinessKey(saved.customerNumber());
    }
}
