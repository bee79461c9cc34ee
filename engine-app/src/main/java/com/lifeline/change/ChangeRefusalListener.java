package com.lifeline.change;

import com.lifeline.web.TaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completing Task_ReviewRefusal: change it again (the form opens anew), or give the refused change up. */
@Component
public class ChangeRefusalListener implements TaskListener {

    private final CustomerChanges changes;

    ChangeRefusalListener(CustomerChanges changes) {
        this.changes = changes;
    }

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable(ChangeVariables.REFUSAL_DECISION);
        if ("WITHDRAW".equals(decision)) {
            changes.withdraw((Long) task.getVariable(ChangeVariables.CHANGE_ID), task.getAssignee());
        } else if (!"REVISE".equals(decision)) {
            throw new TaskInputException("处理方式", "请选择“重新修改”或“撤销此变更”");
        }
    }
}
