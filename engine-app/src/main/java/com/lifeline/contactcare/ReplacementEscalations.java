package com.lifeline.contactcare;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.notification.StaffNotices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/** A replacement not obtained in time: the model's escalation target may do it too and is emailed. */
@Service
class ReplacementEscalations {

    private final TaskService tasks;
    private final StaffNotices notices;
    private final AuditLog audit;

    ReplacementEscalations(TaskService tasks, StaffNotices notices, AuditLog audit) {
        this.tasks = tasks;
        this.notices = notices;
        this.audit = audit;
    }

    void escalate(String processInstanceId, String customerNumber, String escalateTo) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(ReplacementVariables.TASK).singleResult();
        if (task == null || escalateTo == null) {
            return;
        }
        tasks.addCandidateUser(task.getId(), escalateTo);
        notices.send(escalateTo, "contact-replacement-overdue-" + task.getId(),
                "【Lifeline】客户 " + customerNumber + " 的紧急联系人补充已超时",
                "客户 " + customerNumber + " 的有效紧急联系人不足两名,补充任务已超过 5 个工作日未完成,已升级给您:\n"
                        + notices.taskLink(task.getId()) + "\n");
        audit.record("system", AuditAction.ESCALATE, customerNumber, "contact replacement to " + escalateTo);
    }
}
