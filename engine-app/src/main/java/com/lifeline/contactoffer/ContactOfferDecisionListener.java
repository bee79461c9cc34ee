package com.lifeline.contactoffer;

import com.lifeline.web.TaskInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completing Accept contacts: ACCEPT, or REJECT with a reason (it is emailed to the entrant). */
@Component
public class ContactOfferDecisionListener implements TaskListener {

    private final int maxReason;

    ContactOfferDecisionListener(ContactOfferProperties limits) {
        this.maxReason = limits.reasonMaxLength();
    }

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable(ContactOfferVariables.DECISION);
        if (!"ACCEPT".equals(decision) && !"REJECT".equals(decision)) {
            throw new TaskInputException("是否接收", "请选择“接收”或“不接收”");
        }
        DelegateExecution execution = task.getExecution();
        execution.setVariable(ContactOfferVariables.DECIDED_BY, task.getAssignee());
        if ("ACCEPT".equals(decision)) {
            execution.removeVariable(ContactOfferVariables.REJECT_REASON);
            return;
        }
        Object value = task.getVariable(ContactOfferVariables.REJECT_REASON);
        String reason = value == null ? "" : value.toString().strip();
        if (reason.isEmpty()) {
            throw new TaskInputException("不接收的理由", "不接收时必须写明理由");
        }
        if (reason.length() > maxReason) {
            throw new TaskInputException("不接收的理由", "最多 " + maxReason + " 个字符");
        }
        if (reason.contains("<") || reason.contains(">")) {
            throw new TaskInputException("不接收的理由", "不能包含 < 或 > 字符");
        }
        execution.setVariable(ContactOfferVariables.REJECT_REASON, reason);
    }
}
