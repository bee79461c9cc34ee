package com.lifeline.access;

import com.lifeline.web.TaskInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing an access approval: APPROVE, or REJECT with a comment. The form's two fields are moved
 * into per-approver variables (requesterSupervisorDecision, ownerSupervisorDecision, …) so the two
 * parallel approvals never overwrite each other and the second form does not open pre-filled.
 */
@Component
public class AccessApprovalListener implements TaskListener {

    private final int maxComment;

    AccessApprovalListener(AccessProperties limits) {
        this.maxComment = limits.commentMaxLength();
    }

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable(AccessVariables.APPROVAL_DECISION);
        Object comment = task.getVariable(AccessVariables.APPROVAL_COMMENT);
        if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
            throw new TaskInputException("审批结论", "请选择“同意”或“不同意”");
        }
        String text = comment == null ? "" : comment.toString().strip();
        if ("REJECT".equals(decision) && text.isEmpty()) {
            throw new TaskInputException("审批意见", "不同意时必须写明理由");
        }
        if (text.length() > maxComment) {
            throw new TaskInputException("审批意见", "最多 " + maxComment + " 个字符");
        }
        if (text.contains("<") || text.contains(">")) {
            throw new TaskInputException("审批意见", "不能包含 < 或 > 字符");
        }
        String prefix = AccessVariables.prefixOf(task.getTaskDefinitionKey());
        DelegateExecution execution = task.getExecution();
        execution.removeVariable(AccessVariables.APPROVAL_DECISION);
        execution.removeVariable(AccessVariables.APPROVAL_COMMENT);
        execution.setVariable(prefix + AccessVariables.DECISION_SUFFIX, decision);
        execution.setVariable(prefix + AccessVariables.COMMENT_SUFFIX, text);
        execution.setVariable(prefix + AccessVariables.APPROVED_BY_SUFFIX, task.getAssignee());
    }
}
