package com.lifeline.handover;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Runs in the start transaction, so the leaver is disabled the moment the admin submits the form. */
@Component
public class DisableLeaverDelegate implements JavaDelegate {

    private final StaffAccounts accounts;

    DisableLeaverDelegate(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        accounts.disable((String) execution.getVariable(HandoverVariables.LEAVER),
                (String) execution.getVariable(HandoverVariables.ADMIN));
    }
}
