package com.lifeline.export;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An approval not decided in 2 working days: the committee is offered the head's task; the committee is reminded. */
@Component
public class EscalateExportApprovalDelegate implements JavaDelegate {

    private final ExportNotices notices;

    EscalateExportApprovalDelegate(ExportNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.approvalOverdue(execution.getProcessInstanceId(), (Long) execution.getVariable(ExportVariables.REQUEST_ID),
                (String) execution.getVariable(ExportVariables.COMMITTEE_GROUP));
    }
}
