package com.lifeline.entry;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.notification.StaffNotices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * An overdue supervisor review: the department head becomes a candidate on the still-open task,
 * the escalation is recorded, and the head is told.
 */
@Service
public class ReviewEscalations {

    static final String REVIEW_TASK = "Task_SupervisorReview";

    private final TaskService tasks;
    private final ReviewEscalationMapper mapper;
    private final AuditLog audit;
    private final StaffNotices notices;
    private final Clock clock;

    ReviewEscalations(TaskService tasks, ReviewEscalationMapper mapper, AuditLog audit, StaffNotices notices,
                      Clock clock) {
        this.tasks = tasks;
        this.mapper = mapper;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public void escalate(String processInstanceId, long customerId, String customerNumber, String departmentHead) {
        Task review = tasks.createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(REVIEW_TASK)
                .singleResult();
        if (review == null) {
            return; // reviewed in the meantime
        }
        tasks.addCandidateUser(review.getId(), departmentHead);
        mapper.insert(customerId, review.getId(), departmentHead, clock.instant());
        audit.record("system", AuditAction.ESCALATE, customerNumber, "review overdue -> " + departmentHead);
        notices.reviewOverdue(departmentHead, review.getId(), customerNumber, review.getAssignee());
    }
}
