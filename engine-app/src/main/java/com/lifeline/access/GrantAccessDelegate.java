package com.lifeline.access;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;

/** Every required approval said APPROVE: the grant starts now; the timer waits for grantExpiresAt. */
@Component
public class GrantAccessDelegate implements JavaDelegate {

    private final AccessGrants grants;

    GrantAccessDelegate(AccessGrants grants) {
        this.grants = grants;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Set<String> approvers = new LinkedHashSet<>();
        for (String prefix : new String[]{AccessVariables.REQUESTER_SUPERVISOR, AccessVariables.OWNER_SUPERVISOR}) {
            Object by = execution.getVariable(prefix + AccessVariables.APPROVED_BY_SUFFIX);
            if (by != null) {
                approvers.add(by.toString());
            }
        }
        AccessGrant grant = grants.grant(
                (String) execution.getVariable(AccessVariables.REQUESTER),
                ((Number) execution.getVariable(AccessVariables.CUSTOMER_ID)).longValue(),
                (String) execution.getVariable(AccessVariables.CUSTOMER_NUMBER),
                (String) execution.getVariable(AccessVariables.REASON),
                ((Number) execution.getVariable(AccessVariables.DAYS)).intValue(),
                String.join(",", approvers),
                execution.getProcessInstanceId());
        execution.setVariable(AccessVariables.GRANT_ID, grant.id());
        execution.setVariable(AccessVariables.GRANT_EXPIRES_AT, Date.from(grant.expiresAt()));
    }
}
