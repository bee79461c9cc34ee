package com.lifeline.export;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordRejection: no file is ever made; the requester is told. */
@Component
public class RejectExportDelegate implements JavaDelegate {

    private final ExportRequests requests;
    private final ExportNotices notices;

    RejectExportDelegate(ExportRequests requests, ExportNotices notices) {
        this.requests = requests;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = (Long) execution.getVariable(ExportVariables.REQUEST_ID);
        requests.reject(id);
        notices.rejected(requests.find(id));
    }
}
