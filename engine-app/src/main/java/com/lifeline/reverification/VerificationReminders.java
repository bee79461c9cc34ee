package com.lifeline.reverification;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.notification.StaffNotices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/** A verification not done in time: a reminder to the owner at 10 working days, the supervisor at 15. */
@Service
class VerificationReminders {

    static final String VERIFY_TASK = "Task_VerifyContacts";

    private final TaskService tasks;
    private final StaffNotices notices;
    private final AuditLog audit;

    VerificationReminders(TaskService tasks, StaffNotices notices, AuditLog audit) {
        this.tasks = tasks;
        this.notices = notices;
        this.audit = audit;
    }

    void remindOwner(String processInstanceId, String customerNumber, String owner) {
        Task task = openTask(processInstanceId);
        if (task == null) {
            return;
        }
        notices.send(owner, "verification-due-" + task.getId(), "【Lifeline】请核实客户 " + customerNumber + " 的紧急联系人",
                "客户 " + customerNumber + " 的季度联系人核实今天到期,请尽快完成:\n" + notices.taskLink(task.getId()) + "\n");
    }

    void escalate(String processInstanceId, String customerNumber, String supervisor) {
        Task task = openTask(processInstanceId);
        if (task == null || supervisor == null) {
            return;
        }
        tasks.addCandidateUser(task.getId(), supervisor);
        audit.record("system", AuditAction.ESCALATE, customerNumber, "contact verification overdue -> " + supervisor);
        notices.send(supervisor, "verification-overdue-" + task.getId() + "-" + supervisor,
                "【Lifeline】客户 " + customerNumber + " 的联系人核实已超时",
                "客户 " + customerNumber + " 的季度联系人核实已超过 15 个工作日未完成,已升级给您,您可直接处理:\n"
                        + notices.taskLink(task.getId()) + "\n");
    }

    private Task openTask(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(VERIFY_TASK).singleResult();
    }
}
