package com.lifeline.export;

import com.lifeline.web.TaskInputException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completing an approval (Task_HeadApproval, Task_CommitteeApproval): approve, approve keeping the masking,
 * or reject, each with a reason. The reason goes into export_decision and out of the engine; the decision
 * stays for the gateway.
 */
@Component
public class ExportDecisionListener implements TaskListener {

    static final String HEAD_TASK = "Task_HeadApproval";
    static final String COMMITTEE_TASK = "Task_CommitteeApproval";

    private final ExportRequests requests;
    private final ExportProperties properties;
    private final IdentityService identity;

    ExportDecisionListener(ExportRequests requests, ExportProperties properties, IdentityService identity) {
        this.requests = requests;
        this.properties = properties;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        ExportDecision decision = decision(task.getVariable(ExportVariables.DECISION));
        Object reason = task.getVariable(ExportVariables.DECISION_REASON);
        String text = reason == null ? "" : reason.toString().strip();
        int length = text.codePointCount(0, text.length());
        if (length < ExportProperties.TEXT_MIN || length > properties.textMaxLength()) {
            throw new TaskInputException("审批理由", "请写明理由(" + ExportProperties.TEXT_MIN + "–" + properties.textMaxLength() + " 个字)");
        }
        DelegateExecution execution = task.getExecution();
        execution.removeVariable(ExportVariables.DECISION_REASON);
        requests.decide((Long) execution.getVariable(ExportVariables.REQUEST_ID),
                HEAD_TASK.equals(task.getTaskDefinitionKey()) ? ExportRequests.STEP_HEAD : ExportRequests.STEP_COMMITTEE,
                approver(task), decision, text);
    }

    private static ExportDecision decision(Object value) {
        try {
            return ExportDecision.valueOf(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new TaskInputException("审批结论", "请选择“同意”“同意但保留脱敏”或“不同意”");
        }
    }

    /** Whoever completes it: the assignee, or a committee member who claimed it. */
    private String approver(DelegateTask task) {
        Authentication current = identity.getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId() : task.getAssignee();
    }
}
