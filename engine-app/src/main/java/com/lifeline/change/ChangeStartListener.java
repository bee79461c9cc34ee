package com.lifeline.change;

import com.lifeline.customer.Customer;
import com.lifeline.customer.CustomerService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The start of customer-change: the reason is checked and the customer found. Started by a person
 * (Tasklist, the directory): only a customer they may change, and they fill in the form. Started by
 * the application (a calling process, the customer's correction request): the customer's owner does.
 * A change drafted by the API before the start skips the form.
 */
@Component
public class ChangeStartListener implements ExecutionListener {

    private final CustomerChanges changes;
    private final CustomerService customers;

    ChangeStartListener(CustomerChanges changes, CustomerService customers) {
        this.changes = changes;
        this.customers = customers;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String number = (String) execution.getVariable(ChangeVariables.CUSTOMER_NUMBER);
        Long drafted = (Long) execution.getVariable(ChangeVariables.CHANGE_ID);
        String initiator = (String) execution.getVariable(ChangeVariables.INITIATOR);
        Customer customer;
        if (drafted != null) {
            customer = customers.get(changes.find(drafted).customerId());
        } else {
            CustomerChanges.reason((String) execution.getVariable(ChangeVariables.REASON),
                    (String) execution.getVariable(ChangeVariables.REASON_TEXT));
            customer = initiator != null ? changes.changeable(initiator, number) : customers.byNumber(number);
        }
        execution.setVariable(ChangeVariables.CUSTOMER_NUMBER, customer.customerNumber());
        execution.setVariable(ChangeVariables.CUSTOMER_ID, customer.id());
        execution.setVariable(ChangeVariables.CUSTOMER_LABEL, customer.taskLabel());
        execution.setVariable(ChangeVariables.OWNER, customer.ownerUserId());
        execution.setVariable(ChangeVariables.EDITOR, initiator != null ? initiator : customer.ownerUserId());
        execution.setVariable(ChangeVariables.DRAFTED, drafted != null);
    }
}
