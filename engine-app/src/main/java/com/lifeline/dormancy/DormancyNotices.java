package com.lifeline.dormancy;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.notification.StaffNotices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/** A check not done in time: first the steward is reminded, later their supervisor may decide too. */
@Service
class DormancyNotices {

    static final String CHECK_TASK = "Task_CheckDormancy";

    private final TaskService tasks;
    private final StaffNotices notices;
    private final AuditLog audit;

    DormancyNotices(TaskService tasks, StaffNotices notices, AuditLog audit) {
        this.tasks = tasks;
        this.notices = notices;
        this.audit = audit;
    }

    void remind(String processInstanceId, String customerNumber) {
        Task check = openCheck(processInstanceId);
        if (check == null || check.getAssignee() == null) {
            return;
        }
        notices.send(check.getAssignee(), "dormancy-reminder-" + check.getId(),
                "【Lifeline】请尽快完成客户 " + customerNumber + " 的休眠核查",
                "客户 " + customerNumber + " 的休眠核查已等待 5 个工作日,请在到期前完成:\n" + notices.taskLink(check.getId()) + "\n");
    }

    void escalate(String processInstanceId, String customerNumber, String escalateTo) {
        Task check = openCheck(processInstanceId);
        if (check == null) {
            return;
        }
        tasks.addCandidateUser(check.getId(), escalateTo);
        notices.send(escalateTo, "dormancy-overdue-" + check.getId() + "-" + escalateTo,
                "【Lifeline】客户 " + customerNumber + " 的休眠核查已超时",
                "客户 " + customerNumber + " 的休眠核查已超过 10 个工作日未完成,已升级给您,您可直接处理:\n"
                        + notices.taskLink(check.getId()) + "\n");
        audit.record("system", AuditAction.ESCALATE, customerNumber, "dormancy check to " + escalateTo);
    }

    private Task openCheck(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(CHECK_TASK).singleResult();
    }
}
