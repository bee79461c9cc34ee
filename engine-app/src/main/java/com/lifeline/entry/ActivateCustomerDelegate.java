package com.lifeline.entry;

import com.lifeline.customer.CustomerService;
import com.lifeline.verification.CustomerConfirmations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Approved: the customer becomes ACTIVE and is asked to confirm their data through a signed link. */
@Component
public class ActivateCustomerDelegate implements JavaDelegate {

    private final CustomerService customers;
    private final CustomerConfirmations confirmations;

    ActivateCustomerDelegate(CustomerService customers, CustomerConfirmations confirmations) {
        this.customers = customers;
        this.confirmations = confirmations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long customerId = (Long) execution.getVariable(EntryVariables.CUSTOMER_ID);
        customers.activate(customerId, (String) execution.getVariable(EntryVariables.REVIEWER));
        execution.setVariable(EntryVariables.CONFIRMATION_ID, confirmations.request(customerId));
    }
}
