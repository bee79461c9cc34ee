package com.lifeline.deletion;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EraseCustomer (its own job, retried): a hold that arose meanwhile ends at the hold notice instead. */
@Component
public class EraseCustomerDelegate implements JavaDelegate {

    static final String HELD_ERROR = "CustomerHeld";

    private final Erasure erasure;

    EraseCustomerDelegate(Erasure erasure) {
        this.erasure = erasure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!erasure.eraseUnlessHeld((Long) execution.getVariable(DeletionVariables.REQUEST_ID),
                execution.getProcessInstanceId())) {
            throw new BpmnError(HELD_ERROR);
        }
    }
}
