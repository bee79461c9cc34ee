package com.lifeline.access;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An approver said REJECT: the requester is told who rejected (the comment stays in the process record). */
@Component
public class NotifyAccessRejectedDelegate implements JavaDelegate {

    private final AccessGrants grants;

    NotifyAccessRejectedDelegate(AccessGrants grants) {
        this.grants = grants;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String rejectedBy = null;
        for (String prefix : new String[]{AccessVariables.REQUESTER_SUPERVISOR, AccessVariables.OWNER_SUPERVISOR}) {
            if ("REJECT".equals(execution.getVariable(prefix + AccessVariables.DECISION_SUFFIX))) {
                rejectedBy = (String) execution.getVariable(prefix + AccessVariables.APPROVED_BY_SUFFIX);
            }
        }
        grants.rejected((String) execution.getVariable(AccessVariables.REQUESTER),
                (String) execution.getVariable(AccessVariables.CUSTOMER_NUMBER),
                execution.getProcessInstanceId(), rejectedBy);
    }
}
