package com.lifeline.dormancy;

import com.lifeline.web.TaskInputException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completing Task_CheckDormancy: ACTIVE, DORMANT or INVALID, with a note. The note is stored with the check
 * (sealed with the customer's key) and taken out of the engine; the outcome stays for the gateway.
 */
@Component
public class DormancyDecisionListener implements TaskListener {

    private final DormancyChecks checks;
    private final IdentityService identity;

    DormancyDecisionListener(DormancyChecks checks, IdentityService identity) {
        this.checks = checks;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        DormancyOutcome outcome = outcome(task.getVariable(DormancyVariables.OUTCOME));
        Object note = task.getVariable(DormancyVariables.NOTE);
        String text = note == null ? "" : note.toString().strip();
        if (text.length() < DormancyChecks.NOTE_MIN || text.length() > DormancyChecks.NOTE_MAX) {
            throw new TaskInputException("核查说明", "请写明核查的情况(" + DormancyChecks.NOTE_MIN + "–" + DormancyChecks.NOTE_MAX + " 个字)");
        }
        DelegateExecution execution = task.getExecution();
        execution.removeVariable(DormancyVariables.NOTE);
        checks.decide((Long) execution.getVariable(DormancyVariables.CHECK_ID), outcome, steward(task), text);
    }

    private static DormancyOutcome outcome(Object value) {
        for (DormancyOutcome outcome : new DormancyOutcome[]{DormancyOutcome.ACTIVE, DormancyOutcome.DORMANT, DormancyOutcome.INVALID}) {
            if (outcome.name().equals(value)) {
                return outcome;
            }
        }
        throw new TaskInputException("核查结论", "请选择“仍在联系”、“休眠”或“无效,申请删除”");
    }

    /** Whoever completes it: the steward, or their supervisor after the escalation. */
    private String steward(DelegateTask task) {
        Authentication current = identity.getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId() : task.getAssignee();
    }
}
