package com.lifeline.deletion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CheckHolds: an open incident, an open export or a legal hold closes the request as HELD. */
@Component
public class CheckDeletionHoldsDelegate implements JavaDelegate {

    private final DeletionRequests requests;

    CheckDeletionHoldsDelegate(DeletionRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(DeletionVariables.HELD,
                requests.closeIfHeld((Long) execution.getVariable(DeletionVariables.REQUEST_ID)));
    }
}
