package com.lifeline.entry;

import com.lifeline.org.OrgChart;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Fired by the non-interrupting "review overdue" timer; the review task stays open. */
@Component
public class EscalateReviewDelegate implements JavaDelegate {

    private final ReviewEscalations escalations;
    private final OrgChart org;

    EscalateReviewDelegate(ReviewEscalations escalations, OrgChart org) {
        this.escalations = escalations;
        this.org = org;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalations.escalate(execution.getProcessInstanceId(),
                (Long) execution.getVariable(EntryVariables.CUSTOMER_ID),
                (String) execution.getVariable(EntryVariables.CUSTOMER_NUMBER),
                // today's head of the entrant's department, not the one at entry time
                org.departmentHeadOf((String) execution.getVariable(EntryVariables.ENTRANT)));
    }
}
