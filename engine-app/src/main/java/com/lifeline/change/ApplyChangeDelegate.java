package com.lifeline.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ApplyChange: the change's other fields apply now; keyFieldsPending says whether the customer must confirm the rest. */
@Component
public class ApplyChangeDelegate implements JavaDelegate {

    private final CustomerChanges changes;

    ApplyChangeDelegate(CustomerChanges changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean pending = changes.apply((Long) execution.getVariable(ChangeVariables.CHANGE_ID),
                execution.getProcessInstanceId());
        execution.setVariable(ChangeVariables.KEY_FIELDS_PENDING, pending);
    }
}
