package com.lifeline.export;

import com.lifeline.web.TaskInputException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import java.util.Set;

/** Completing Task_ReviewAnomaly: ACCEPTABLE (explained) or ESCALATE (the user's department head is told). */
@Component
public class AnomalyReviewListener implements TaskListener {

    static final String OUTCOME = "anomalyOutcome";
    private static final Set<String> OUTCOMES = Set.of("ACCEPTABLE", "ESCALATE");

    private final ExportAnomalies anomalies;
    private final IdentityService identity;

    AnomalyReviewListener(ExportAnomalies anomalies, IdentityService identity) {
        this.anomalies = anomalies;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        Object outcome = task.getVariable(OUTCOME);
        if (!OUTCOMES.contains(String.valueOf(outcome))) {
            throw new TaskInputException("复核结论", "请选择“用途合理”或“通知部门负责人”");
        }
        Authentication current = identity.getCurrentAuthentication();
        String reviewer = current != null && current.getUserId() != null ? current.getUserId() : task.getAssignee();
        anomalies.recordOutcome((Long) task.getVariable(ExportAnomalies.ANOMALY_ID), reviewer, outcome.toString());
    }
}
