package com.lifeline.dormancy;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.notification.StaffNotices;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * A check not done in time: first the steward who claimed it is reminded (nobody yet: every member of the
 * groups it is offered to), later whom the model names (the group members' supervisors) may decide too.
 */
@Service
class DormancyNotices {

    static final String CHECK_TASK = "Task_CheckDormancy";

    private static final Logger log = LoggerFactory.getLogger(DormancyNotices.class);

    private final TaskService tasks;
    private final IdentityService identity;
    private final StaffNotices notices;
    private final AuditLog audit;

    DormancyNotices(TaskService tasks, IdentityService identity, StaffNotices notices, AuditLog audit) {
        this.tasks = tasks;
        this.identity = identity;
        this.notices = notices;
        this.audit = audit;
    }

    void remind(String processInstanceId, String customerNumber) {
        Task check = openCheck(processInstanceId);
        if (check == null) {
            return;
        }
        for (String steward : holders(check)) {
            notices.send(steward, "dormancy-reminder-" + check.getId() + "-" + steward,
                    "【Lifeline】请尽快完成客户 " + customerNumber + " 的休眠核查",
                    "客户 " + customerNumber + " 的休眠核查已等待 5 个工作日,请在到期前完成:\n" + notices.taskLink(check.getId()) + "\n");
        }
    }

    /** {@code escalateTo}: user ids, comma-separated (the model's input parameter). */
    void escalate(String processInstanceId, String customerNumber, String escalateTo) {
        Task check = openCheck(processInstanceId);
        if (check == null) {
            return;
        }
        List<String> users = escalateTo == null ? List.of()
                : Arrays.stream(escalateTo.split(",")).map(String::strip).filter(u -> !u.isEmpty()).distinct().toList();
        if (users.isEmpty()) {
            log.warn("Dormancy check {} overdue: the model names nobody to escalate to", customerNumber);
        }
        for (String user : users) {
            tasks.addCandidateUser(check.getId(), user);
            notices.send(user, "dormancy-overdue-" + check.getId() + "-" + user,
                    "【Lifeline】客户 " + customerNumber + " 的休眠核查已超时",
                    "客户 " + customerNumber + " 的休眠核查已超过 10 个工作日未完成,已升级给您,您可直接处理:\n"
                            + notices.taskLink(check.getId()) + "\n");
            audit.record("system", AuditAction.ESCALATE, customerNumber, "dormancy check to " + user);
        }
    }

    /** The steward who claimed the check, or else every member of its candidate groups. */
    private List<String> holders(Task check) {
        if (check.getAssignee() != null) {
            return List.of(check.getAssignee());
        }
        TreeSet<String> members = new TreeSet<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(check.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                identity.createUserQuery().memberOfGroup(link.getGroupId()).list().stream().map(User::getId).forEach(members::add);
            }
        }
        return List.copyOf(members);
    }

    private Task openCheck(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(CHECK_TASK).singleResult();
    }
}
