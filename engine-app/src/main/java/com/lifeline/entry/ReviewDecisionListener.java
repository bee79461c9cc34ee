package com.lifeline.entry;

import com.lifeline.web.TaskInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completing Supervisor review: APPROVE, or RETURN with a comment the entrant will see; records who reviewed. */
@Component
public class ReviewDecisionListener implements TaskListener {

    private final int maxComment;

    ReviewDecisionListener(EntryProperties properties) {
        this.maxComment = properties.reviewCommentMaxLength();
    }

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable(EntryVariables.REVIEW_DECISION);
        Object comment = task.getVariable(EntryVariables.REVIEW_COMMENT);
        if (!"APPROVE".equals(decision) && !"RETURN".equals(decision)) {
            throw new TaskInputException("复核结论", "请选择“通过”或“退回更正”");
        }
        String text = comment == null ? "" : comment.toString().strip();
        if ("RETURN".equals(decision) && text.isEmpty()) {
            throw new TaskInputException("复核意见", "退回时必须写明需要更正的内容");
        }
        if (text.length() > maxComment) {
            throw new TaskInputException("复核意见", "最多 " + maxComment + " 个字符");
        }
        if (text.contains("<") || text.contains(">")) {
            throw new TaskInputException("复核意见", "不能包含 < 或 > 字符");
        }
        task.getExecution().setVariable(EntryVariables.REVIEWER, task.getAssignee());
    }
}
