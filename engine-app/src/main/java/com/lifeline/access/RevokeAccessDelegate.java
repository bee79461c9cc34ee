package com.lifeline.access;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The expiry timer fired: the grant ends (no-op if it was revoked earlier, e.g. by a handover). */
@Component
public class RevokeAccessDelegate implements JavaDelegate {

    private final AccessGrants grants;

    RevokeAccessDelegate(AccessGrants grants) {
        this.grants = grants;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long grantId = ((Number) execution.getVariable(AccessVariables.GRANT_ID)).longValue();
        grants.revoke(grantId, "system", "expired");
    }
}
