package com.lifeline.reverification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ApplyOutcomes: confirmed contacts verified, unreachable ones invalid and replaced; contactsChanged for the gateway. */
@Component
public class ApplyVerificationOutcomesDelegate implements JavaDelegate {

    private final Verifications verifications;

    ApplyVerificationOutcomesDelegate(Verifications verifications) {
        this.verifications = verifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean changed = verifications.apply((Long) execution.getVariable(VerificationVariables.VERIFICATION_ID));
        execution.setVariable(VerificationVariables.CONTACTS_CHANGED, changed);
    }
}
