package com.lifeline.handover;

import com.lifeline.web.TaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The successor must tick "acknowledged" to close the summary. */
@Component
public class HandoverSummaryListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (!Boolean.TRUE.equals(task.getVariable(HandoverVariables.ACKNOWLEDGED))) {
            throw new TaskInputException("确认", "请勾选“我已了解并接手以上工作”");
        }
    }
}
