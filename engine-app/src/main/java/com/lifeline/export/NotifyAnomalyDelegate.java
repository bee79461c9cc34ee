package com.lifeline.export;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyDepartmentHead: compliance asked the flagged user's department head to follow up. */
@Component
public class NotifyAnomalyDelegate implements JavaDelegate {

    private final ExportNotices notices;

    NotifyAnomalyDelegate(ExportNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.anomalyEscalated((Long) execution.getVariable(ExportAnomalies.ANOMALY_ID),
                (String) execution.getVariable(ExportAnomalies.FLAGGED_USER));
    }
}
