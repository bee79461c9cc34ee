package com.lifeline.process;

import com.lifeline.access.AccessGrant;
import com.lifeline.access.AccessGrants;
import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntrySubmissions;
import com.lifeline.security.CurrentUser;
import com.lifeline.support.EngineClock;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * Every path of processes/access-request.bpmn on the demo org chart: service1 (supervisor mgr2) asks
 * for a customer of sales1 (supervisor sup1); sales2 shares sup1 with sales1 (one approval).
 */
@LifelineIntegrationTest
class AccessRequestProcessTest {

    /** Friday 2026-12-04 10:00 in Shanghai: one working day later is Monday 10:00. */
    private static final Instant FRIDAY_MORNING = ZonedDateTime.parse("2026-12-04T10:00:00+08:00[Asia/Shanghai]").toInstant();
    private static final Date MONDAY_MORNING = Date.from(FRIDAY_MORNING.plus(Duration.ofDays(3)));

    private static final String REQUESTER_TASK = "Task_RequesterSupervisorApproval";
    private static final String OWNER_TASK = "Task_OwnerSupervisorApproval";

    @Autowired
    FormService forms;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    EntrySubmissions submissions;
    @Autowired
    AccessGrants grants;
    @Autowired
    JdbcTemplate jdbc;

    @RegisterExtension
    final EngineClock clock = EngineClock.startingAt(FRIDAY_MORNING);

    @Test
    void bothSupervisorsApproveThenTheGrantIsActiveUntilTheTimerRevokesIt() {
        String number = customerOf("sales1");
        long customerId = customerId(number);
        ProcessInstance instance = request("service1", number, "处理客户投诉需要查看历史记录", 7L);

        assertThat(instance).isWaitingAt(REQUESTER_TASK, OWNER_TASK);
        assertThat(instance.getBusinessKey()).isEqualTo(number);
        Task mine = approval(instance, REQUESTER_TASK);
        Task owners = approval(instance, OWNER_TASK);
        assertThat(mine).isAssignedTo("mgr2");
        assertThat(owners).isAssignedTo("sup1");
        assertThat(mine.getDueDate()).isEqualTo(MONDAY_MORNING);
        assertThat(owners.getDueDate()).isEqualTo(MONDAY_MORNING);
        assertThat(mine.getName()).isEqualTo("申请人主管审批访问 " + number);

        complete(mine, withVariables("approvalDecision", "APPROVE", "approvalComment", "同意"));
        assertThat(instance).isWaitingAt(OWNER_TASK);
        // the second approver's form does not open with the first one's answer
        assertThat(runtime.getVariables(instance.getId())).doesNotContainKeys("approvalDecision", "approvalComment")
                .containsEntry("requesterSupervisorDecision", "APPROVE");
        assertThat(grants.hasActiveGrant("service1", customerId, ClockUtil.getCurrentTime().toInstant())).isFalse();

        complete(approval(instance, OWNER_TASK), withVariables("approvalDecision", "APPROVE"));

        assertThat(instance).isWaitingAt("Event_GrantExpires").hasPassed("Task_GrantAccess");
        Instant now = FRIDAY_MORNING;
        assertThat(grants.hasActiveGrant("service1", customerId, now)).isTrue();
        assertThat(grants.hasActiveGrant("service2", customerId, now)).isFalse();
        assertThat(grants.activeGrantsFor("service1")).extracting(AccessGrant::customerNumber).contains(number);
        AccessGrant grant = grants.get((Long) runtime.getVariable(instance.getId(), "grantId"));
        assertThat(grant.expiresAt()).isEqualTo(now.plus(Duration.ofDays(7)));
        assertThat(grant.approvedBy()).isEqualTo("mgr2,sup1");
        assertThat(grant.processInstanceId()).isEqualTo(instance.getId());
        assertThat(job(instance).getDuedate()).isEqualTo(Date.from(grant.expiresAt()));
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'ACCESS_GRANT' AND customer_number = ? AND detail LIKE 'grant %'", number)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM outbox WHERE idempotency_key = ? AND recipient = 'service1@lifeline.local'",
                "access-granted-" + instance.getId())).isEqualTo(1);

        Instant later = now.plus(Duration.ofDays(7)).plusSeconds(60);
        ClockUtil.setCurrentTime(Date.from(later));
        execute(job(instance));

        assertThat(instance).isEnded().hasPassed("Task_RevokeAccess", "EndEvent_Revoked");
        assertThat(grants.get(grant.id()).revokedAt()).isEqualTo(later);
        assertThat(grants.hasActiveGrant("service1", customerId, later)).isFalse();
        assertThat(grants.hasActiveGrant("service1", customerId, now)).as("revoked, whatever the time").isFalse();
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'ACCESS_GRANT' AND customer_number = ? AND detail LIKE 'revoke %'", number)).isEqualTo(1);
    }

    @Test
    void theRequestersSupervisorRejectingEndsItAndCancelsTheOtherApproval() {
        String number = customerOf("sales1");
        ProcessInstance instance = request("service1", number, "客户要求协助核对合同", 3L);

        assertThatThrownBy(() -> tasks.complete(approval(instance, REQUESTER_TASK).getId(), Map.of("approvalDecision", "REJECT")))
                .hasMessageContaining("审批意见");
        assertThatThrownBy(() -> tasks.complete(approval(instance, REQUESTER_TASK).getId(), Map.of("approvalDecision", "MAYBE")))
                .hasMessageContaining("审批结论");
        complete(approval(instance, REQUESTER_TASK), withVariables("approvalDecision", "REJECT", "approvalComment", "不在职责范围"));

        assertRejected(instance, number, "钱进");
    }

    @Test
    void theOwnersSupervisorRejectingAfterTheOtherApprovedEndsIt() {
        String number = customerOf("sales1");
        ProcessInstance instance = request("service1", number, "客户要求协助核对合同", 3L);

        complete(approval(instance, REQUESTER_TASK), withVariables("approvalDecision", "APPROVE"));
        complete(approval(instance, OWNER_TASK), withVariables("approvalDecision", "REJECT", "approvalComment", "由负责人处理即可"));

        assertRejected(instance, number, "张伟");
    }

    @Test
    void whenBothSupervisorsAreTheSamePersonOneApprovalSuffices() {
        String number = customerOf("sales1");
        ProcessInstance instance = request("sales2", number, "客户来电时负责人休假", 2L);

        assertThat(instance).isWaitingAt(REQUESTER_TASK);
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
        assertThat(task(instance)).isAssignedTo("sup1");

        complete(task(instance), withVariables("approvalDecision", "APPROVE"));

        assertThat(instance).isWaitingAt("Event_GrantExpires").hasNotPassed(OWNER_TASK);
        AccessGrant grant = grants.get((Long) runtime.getVariable(instance.getId(), "grantId"));
        assertThat(grant.approvedBy()).isEqualTo("sup1");
        assertThat(grants.hasActiveGrant("sales2", customerId(number), FRIDAY_MORNING)).isTrue();
    }

    @Test
    void badRequestsAreRefusedAndStartNothing() {
        String number = customerOf("sales1");
        long before = runtime.createProcessInstanceQuery().processDefinitionKey("access-request").count();

        assertRefused("service1", number, "太短", 7L, "申请理由");
        assertRefused("service1", number, "x".repeat(501), 7L, "申请理由");
        assertRefused("service1", number, "处理客户投诉需要查看", 31L, "访问期限");
        assertRefused("service1", number, "处理客户投诉需要查看", 0L, "访问期限");
        assertRefused("service1", number, "处理客户投诉需要查看", 1.5, "访问期限");
        assertRefused("service1", "SH2026999999", "处理客户投诉需要查看", 7L, "客户编号");
        assertRefused("service1", "not-a-number", "处理客户投诉需要查看", 7L, "客户编号");
        assertRefused("sales1", number, "查看自己的客户", 7L, "客户编号");
        assertRefused("sup1", number, "主管查看本团队客户", 7L, "客户编号");
        assertRefused("mgr1", number, "经理查看本部门客户", 7L, "客户编号");
        // the model routes the first approval to the requester's supervisor: someone without one is told why
        assertRefused(userOutsideTheOrgChart(), number, "处理客户投诉需要查看", 7L, "组织架构");

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("access-request").count()).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM access_grant g JOIN customer c ON c.id = g.customer_id WHERE c.customer_number = ?", number)).isZero();
    }

    @Test
    void aDaysValueFromASelectFieldIsAcceptedAndTheNumberIsNormalised() {
        String number = customerOf("sales1");
        ProcessInstance instance = request("service1", " " + number.toLowerCase() + " ", "协助处理应急通知", "30");

        assertThat(instance).variables().containsEntry("customerNumber", number).containsEntry("days", 30)
                .containsEntry("reason", "协助处理应急通知");
    }

    /** @param rejectedBy the approver as the email names them: family name first */
    private void assertRejected(ProcessInstance instance, String number, String rejectedBy) {
        assertThat(instance).isEnded().hasPassed("BoundaryEvent_Rejected", "Task_NotifyRejected", "EndEvent_Rejected")
                .hasNotPassed("Task_GrantAccess");
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(count("SELECT COUNT(*) FROM access_grant WHERE process_instance_id = ?", instance.getId())).isZero();
        assertThat(count("SELECT COUNT(*) FROM outbox WHERE idempotency_key = ? AND recipient = 'service1@lifeline.local' AND body LIKE ?",
                "access-rejected-" + instance.getId(), "%审批人:" + rejectedBy + ")%")).isEqualTo(1);
        assertThat(grants.hasActiveGrant("service1", customerId(number), FRIDAY_MORNING)).isFalse();
    }

    private void assertRefused(String user, String number, String reason, Object days, String field) {
        assertThatThrownBy(() -> request(user, number, reason, days)).as("%s / %s / %s", number, reason, days)
                .hasMessageContaining(field);
    }

    private ProcessInstance request(String user, String customerNumber, String reason, Object days) {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("access-request")
                .latestVersion().singleResult().getId();
        Map<String, Object> variables = new HashMap<>();
        variables.put("customerNumber", customerNumber);
        variables.put("reason", reason);
        variables.put("days", days);
        identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList());
        try {
            return forms.submitStartForm(definitionId, variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    private String userOutsideTheOrgChart() {
        String id = "noorg" + System.nanoTime() % 1_000_000;
        identity.saveUser(identity.newUser(id));
        identity.createMembership(id, "service");
        return id;
    }

    private Task approval(ProcessInstance instance, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
    }

    private String customerOf(String salesUser) {
        return submissions.submit(EntryExamples.company(), null, new CurrentUser(salesUser, List.of("sales"))).customerNumber();
    }

    private long customerId(String number) {
        return jdbc.queryForObject("SELECT id FROM customer WHERE customer_number = ?", Long.class, number);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
