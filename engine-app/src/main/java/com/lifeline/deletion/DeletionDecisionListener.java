package com.lifeline.deletion;

import com.lifeline.web.TaskInputException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completing Task_ApproveDeletion: APPROVE or REJECT, each with a reason. The reason is stored with the
 * request (sealed with the customer's key) and taken out of the engine; the decision stays for the gateway.
 */
@Component
public class DeletionDecisionListener implements TaskListener {

    private final DeletionRequests requests;
    private final IdentityService identity;

    DeletionDecisionListener(DeletionRequests requests, IdentityService identity) {
        this.requests = requests;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable(DeletionVariables.DECISION);
        if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
            throw new TaskInputException("审批结论", "请选择“同意删除”或“不同意”");
        }
        Object reason = task.getVariable(DeletionVariables.DECISION_REASON);
        String text = reason == null ? "" : reason.toString();
        if (text.strip().length() < DeletionRequests.MIN_TEXT || text.strip().length() > DeletionRequests.MAX_TEXT) {
            throw new TaskInputException("审批理由", "请写明理由(" + DeletionRequests.MIN_TEXT + "–" + DeletionRequests.MAX_TEXT + " 个字)");
        }
        DelegateExecution execution = task.getExecution();
        execution.removeVariable(DeletionVariables.DECISION_REASON);
        requests.decide((Long) execution.getVariable(DeletionVariables.REQUEST_ID), approver(task),
                "APPROVE".equals(decision), text);
    }

    /** Whoever completes it: the department head, or a committee member after the escalation. */
    private String approver(DelegateTask task) {
        Authentication current = identity.getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId() : task.getAssignee();
    }
}
