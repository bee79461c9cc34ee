package com.lifeline.change;

import com.lifeline.web.TaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing Task_CallCustomer: confirmed on the phone → the key fields apply; not right or not
 * reached → they never apply and the owner decides. The call note is stored with the change, not in the engine.
 */
@Component
public class ChangeCallListener implements TaskListener {

    private final CustomerChanges changes;

    ChangeCallListener(CustomerChanges changes) {
        this.changes = changes;
    }

    @Override
    public void notify(DelegateTask task) {
        Object outcome = task.getVariable(ChangeVariables.CALL_OUTCOME);
        String note = text(task.getVariable(ChangeVariables.CALL_NOTE));
        if (note.length() < 2 || note.length() > CustomerChanges.MAX_TEXT) {
            throw new TaskInputException("通话记录", "请记录通话内容(2–" + CustomerChanges.MAX_TEXT + " 个字)");
        }
        task.getExecution().removeVariable(ChangeVariables.CALL_NOTE);
        long changeId = (Long) task.getVariable(ChangeVariables.CHANGE_ID);
        String by = task.getAssignee();
        if ("CONFIRMED".equals(outcome)) {
            changes.confirm(changeId, by, "PHONE", note);
        } else if ("REFUSED".equals(outcome) || "UNREACHABLE".equals(outcome)) {
            changes.refuse(changeId, by, "PHONE", note);
        } else {
            throw new TaskInputException("通话结果", "请选择通话结果");
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
