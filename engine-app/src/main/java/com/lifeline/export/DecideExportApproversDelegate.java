package com.lifeline.export;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_DecideApprovers: export-approvers.dmn over the record count → headApproval, committeeGroup. */
@Component
public class DecideExportApproversDelegate implements JavaDelegate {

    private final ExportApprovers approvers;

    DecideExportApproversDelegate(ExportApprovers approvers) {
        this.approvers = approvers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ExportApprovers.Approvers decided = approvers.decide((Long) execution.getVariable(ExportVariables.REQUEST_ID),
                (Integer) execution.getVariable(ExportVariables.RECORD_COUNT));
        execution.setVariable(ExportVariables.HEAD_APPROVAL, decided.departmentHead());
        execution.setVariable(ExportVariables.COMMITTEE_GROUP, decided.committeeGroup());
    }
}
