package com.lifeline.export;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.notification.StaffNotices;
import com.lifeline.org.OrgChart;
import com.lifeline.org.StaffGroups;
import com.lifeline.web.BaseUrlProperties;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

/**
 * Emails about exports. The approval notice carries a link to 我的导出 only: the password exists only on
 * that page, once, when the requester makes the archive (a separate channel from the mail; never in the
 * outbox). Ids and counts only.
 */
@Service
class ExportNotices {

    private final StaffNotices staff;
    private final TaskService tasks;
    private final IdentityService identity;
    private final OrgChart org;
    private final AuditLog audit;
    private final String exportsPage;
    private final String committeeGroup;
    private final DateTimeFormatter until;

    ExportNotices(StaffNotices staff, TaskService tasks, IdentityService identity, OrgChart org, AuditLog audit,
                  BaseUrlProperties app, StaffGroups groups, Clock clock) {
        this.staff = staff;
        this.tasks = tasks;
        this.identity = identity;
        this.org = org;
        this.audit = audit;
        this.exportsPage = app.baseUrl() + "/exports";
        this.committeeGroup = groups.committee();
        this.until = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
    }

    void approved(ExportRequest request) {
        staff.send(request.requestedBy(), "export-" + request.id() + "-approved", "【Lifeline】导出 " + request.id() + " 已批准",
                "您申请的导出 " + request.id() + "(" + request.recordCount() + " 条)已批准" + (request.masked() ? ",电话和邮箱脱敏" : "")
                        + "。请在“我的导出”生成加密文件,密码只在页面上显示一次,本邮件不含密码:\n" + exportsPage + "\n"
                        + "可下载至 " + until.format(request.expiresAt()) + ",之后文件自动删除。\n");
    }

    void rejected(ExportRequest request) {
        staff.send(request.requestedBy(), "export-" + request.id() + "-rejected", "【Lifeline】导出 " + request.id() + " 未获批准",
                "您申请的导出 " + request.id() + "(" + request.recordCount() + " 条)未获批准,不会生成文件。\n" + exportsPage + "\n");
    }

    void approvalOverdue(String processInstanceId, long requestId, String committee) {
        for (Task approval : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
            String group = ExportDecisionListener.HEAD_TASK.equals(approval.getTaskDefinitionKey()) ? committeeGroup
                    : committee == null ? committeeGroup : committee;
            if (ExportDecisionListener.HEAD_TASK.equals(approval.getTaskDefinitionKey())) {
                tasks.addCandidateGroup(approval.getId(), group);
            }
            for (User member : identity.createUserQuery().memberOfGroup(group).list()) {
                staff.send(member.getId(), "export-overdue-" + approval.getId() + "-" + member.getId(),
                        "【Lifeline】导出 " + requestId + " 的审批已超时",
                        "导出申请 " + requestId + " 的审批已超过 2 个工作日未处理,您可直接审批:\n" + staff.taskLink(approval.getId()) + "\n");
            }
            audit.record("system", AuditAction.ESCALATE, null, "export " + requestId + " approval " + approval.getTaskDefinitionKey()
                    + " to " + group);
        }
    }

    void anomalyEscalated(long anomalyId, String flaggedUser) {
        String head = org.departmentHeadOf(flaggedUser);
        staff.send(head, "export-anomaly-" + anomalyId, "【Lifeline】导出异常需要关注",
                "法务/合规复核了员工 " + flaggedUser + " 的导出(异常 " + anomalyId + "),请与其确认导出用途;详情见审计日志。\n");
    }
}
