package com.lifeline.handover;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The one-transaction move; its counts (numbers only) feed the successor's summary task. */
@Component
public class HandOverDelegate implements JavaDelegate {

    private final Handovers handovers;

    HandOverDelegate(Handovers handovers) {
        this.handovers = handovers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HandoverResult result = handovers.handOver(
                (String) execution.getVariable(HandoverVariables.LEAVER),
                (String) execution.getVariable(HandoverVariables.SUCCESSOR),
                (String) execution.getVariable(HandoverVariables.ADMIN));
        execution.setVariable(HandoverVariables.CUSTOMERS_MOVED, result.customersMoved());
        execution.setVariable(HandoverVariables.TASKS_MOVED, result.tasksMoved());
        execution.setVariable(HandoverVariables.CANDIDATE_LINKS_MOVED, result.candidateLinksMoved());
        execution.setVariable(HandoverVariables.VARIABLES_CHANGED, result.variablesChanged());
        execution.setVariable(HandoverVariables.ORG_REFERENCES_MOVED, result.orgReferencesMoved());
        execution.setVariable(HandoverVariables.GRANTS_REVOKED, result.grantsRevoked());
    }
}
