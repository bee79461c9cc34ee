package com.lifeline.export;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_MarkApproved: the export may be made into an archive by its requester; they are told. */
@Component
public class ApproveExportDelegate implements JavaDelegate {

    private final ExportRequests requests;
    private final ExportNotices notices;

    ApproveExportDelegate(ExportRequests requests, ExportNotices notices) {
        this.requests = requests;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = (Long) execution.getVariable(ExportVariables.REQUEST_ID);
        requests.approve(id);
        notices.approved(requests.find(id));
    }
}
