package com.lifeline.deletion;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.notification.StaffNotices;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import com.lifeline.org.StaffGroups;
import org.springframework.stereotype.Service;

/** An approval not decided in time: the data committee's members become candidates and are emailed. */
@Service
class DeletionEscalations {

    static final String APPROVAL_TASK = "Task_ApproveDeletion";

    private final TaskService tasks;
    private final IdentityService identity;
    private final StaffNotices notices;
    private final AuditLog audit;
    private final String committeeGroup;

    DeletionEscalations(TaskService tasks, IdentityService identity, StaffNotices notices, AuditLog audit,
                        StaffGroups groups) {
        this.tasks = tasks;
        this.identity = identity;
        this.notices = notices;
        this.audit = audit;
        this.committeeGroup = groups.committee();
    }

    void escalate(String processInstanceId, String customerNumber) {
        Task approval = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(APPROVAL_TASK)
                .singleResult();
        if (approval == null) {
            return;
        }
        tasks.addCandidateGroup(approval.getId(), committeeGroup);
        for (User member : identity.createUserQuery().memberOfGroup(committeeGroup).list()) {
            notices.send(member.getId(), "deletion-overdue-" + approval.getId() + "-" + member.getId(),
                    "【Lifeline】客户 " + customerNumber + " 的删除审批已超时",
                    "客户 " + customerNumber + " 的删除审批已超过 2 个工作日未处理,已升级给客户资料管理委员会,您可直接审批:\n"
                            + notices.taskLink(approval.getId()) + "\n");
        }
        audit.record("system", AuditAction.ESCALATE, customerNumber, "deletion approval to " + committeeGroup);
    }
}
