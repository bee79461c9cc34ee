package com.lifeline.deletion;

import com.lifeline.customer.CustomerService;
import com.lifeline.entry.EntryExamples;
import com.lifeline.support.EngineClock;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

/** Walks every path of processes/deletion-approval.bpmn on the real engine and database. */
@LifelineIntegrationTest
class DeletionApprovalProcessTest {

    /** Friday 2026-12-04 10:00 in Shanghai: two working days later is Tuesday 10:00. */
    private static final Instant FRIDAY_MORNING = ZonedDateTime.parse("2026-12-04T10:00:00+08:00[Asia/Shanghai]").toInstant();

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    DeletionTestSupport support;
    @Autowired
    DeletionRequests requests;
    @Autowired
    LegalHolds holds;
    @Autowired
    CustomerService customers;
    @Autowired
    JdbcTemplate jdbc;

    @RegisterExtension
    final EngineClock clock = EngineClock.startingAt(FRIDAY_MORNING);

    @Test
    void theOwnersDepartmentHeadApprovesWithinTwoWorkingDaysAndTheCustomerIsErased() {
        String number = support.enterPerson();
        DeletionRequest request = support.requestBySales1(number);
        ProcessInstance instance = instance(request);

        assertThat(instance).hasPassed("Task_CheckHolds").isWaitingAt("Task_ApproveDeletion");
        Task approval = support.approvalTask(request);
        assertThat(approval.getAssignee()).isEqualTo("mgr1");
        assertThat(approval.getName()).isEqualTo("删除审批 " + number);
        assertThat(approval.getDueDate()).isEqualTo(Date.from(FRIDAY_MORNING.plusSeconds(4 * 24 * 3600)));

        support.decide(request, "APPROVE");
        assertThat(support.reload(request).status()).isEqualTo(DeletionStatus.APPROVED);
        assertThat(instance).isWaitingAt("Task_EraseCustomer");
        support.runErasureJob(request);

        endedThrough(request, "Task_EraseCustomer", "Task_NotifyErased", "EndEvent_Erased");
        assertThat(support.reload(request).status()).isEqualTo(DeletionStatus.ERASED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE customer_number = ?", Integer.class, number)).isZero();
        assertThat(jdbc.queryForMap("SELECT reason, requested_by, approved_by FROM destruction_record WHERE customer_number = ?", number))
                .containsEntry("reason", "INVALID_DATA").containsEntry("requested_by", "sales1").containsEntry("approved_by", "mgr1");
        assertThat(outboxTo("sales1@lifeline.local", "deletion-" + request.id() + "-erased")).isEqualTo(1);
        // the reason typed in the form never reached the engine's history
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(DeletionVariables.DECISION_REASON).count()).isZero();
    }

    @Test
    void aRejectionKeepsTheCustomerAndTellsTheRequester() {
        String number = support.enterPerson();
        DeletionRequest request = support.requestBySales1(number);

        support.decide(request, "REJECT");

        endedThrough(request, "Task_NotifyRejected", "EndEvent_Rejected");
        DeletionRequest rejected = support.reload(request);
        assertThat(rejected.status()).isEqualTo(DeletionStatus.REJECTED);
        assertThat(rejected.decidedBy()).isEqualTo("mgr1");
        assertThat(rejected.decisionReason()).isNotNull().doesNotContain("合同");
        assertThat(customers.byNumber(number).status().name()).isEqualTo("PENDING_REVIEW");
        assertThat(outboxTo("sales1@lifeline.local", "deletion-" + request.id() + "-rejected")).isEqualTo(1);
    }

    @Test
    void aCustomerUnderLegalHoldIsKeptAndTheRequesterToldWhy() {
        String number = support.enterPerson();
        holds.set("compliance1", number, true);

        long id = requests.requestDeletion(support.idOf(number), DeletionReason.CONTRACT_ENDED, "合同已于上月终止",
                "sales1", DeletionSource.DORMANCY);

        DeletionRequest request = requests.find(id);
        endedThrough(request, "Task_CheckHolds", "Gateway_MergeBeforeNotifyHeld", "Task_NotifyHeld", "EndEvent_Held");
        assertThat(request.status()).isEqualTo(DeletionStatus.HELD);
        assertThat(request.holdReason()).contains("legal hold");
        assertThat(customers.byNumber(number).name()).isNotBlank();
        assertThat(jdbc.queryForObject("SELECT body FROM outbox WHERE idempotency_key = ?", String.class,
                "deletion-" + id + "-held")).contains(number).contains("legal hold");
    }

    @Test
    void aHoldArisingAfterTheApprovalStopsTheErasure() {
        String number = support.enterPerson();
        DeletionRequest request = support.requestBySales1(number);
        support.decide(request, "APPROVE");
        holds.set("compliance1", number, true);

        support.runErasureJob(request);

        endedThrough(request, "BoundaryEvent_HeldAtErasure", "Task_NotifyHeld", "EndEvent_Held");
        assertThat(support.reload(request).status()).isEqualTo(DeletionStatus.HELD);
        assertThat(customers.byNumber(number).name()).isNotBlank();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM destruction_record WHERE customer_number = ?", Integer.class, number)).isZero();
    }

    @Test
    void anApprovalOverdueForTwoWorkingDaysGoesToTheDataCommitteeAndStaysOpen() {
        String number = support.enterPerson();
        DeletionRequest request = support.requestBySales1(number);
        ProcessInstance instance = instance(request);

        ClockUtil.setCurrentTime(Date.from(FRIDAY_MORNING.plusSeconds(4 * 24 * 3600 + 60)));
        execute(job(instance));

        assertThat(instance).hasPassed("Task_EscalateToCommittee", "EndEvent_Escalated").isWaitingAt("Task_ApproveDeletion");
        Task approval = support.approvalTask(request);
        assertThat(tasks.getIdentityLinksForTask(approval.getId())).extracting(IdentityLink::getGroupId).contains("committee");
        assertThat(outboxTo("committee1@lifeline.local", "deletion-overdue-" + approval.getId() + "-committee1")).isEqualTo(1);

        engine.getIdentityService().setAuthentication("committee1", java.util.List.of("committee"));
        try {
            tasks.complete(approval.getId(), Map.of("deletionDecision", "REJECT", "decisionReason", "证据不足,暂不删除"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(support.reload(request).decidedBy()).isEqualTo("committee1");
        endedThrough(request, "Task_NotifyRejected");
    }

    @Test
    void theCustomersOwnRequestEntersTheSameProcessAndTheCustomerIsToldBeforeTheirAddressGoes() {
        var entry = EntryExamples.person();
        String number = support.enter(entry);
        long id = requests.requestDeletion(support.idOf(number), DeletionReason.CUSTOMER_REQUEST,
                "客户本人经验证码确认要求删除", "customer:" + number, DeletionSource.CUSTOMER);
        DeletionRequest request = requests.find(id);

        support.decide(request, "APPROVE");
        support.runErasureJob(request);

        endedThrough(request, "Task_NotifyErased");
        Map<String, Object> notice = jdbc.queryForMap("SELECT recipient, forget_when_done FROM outbox WHERE idempotency_key = ?",
                "deletion-" + id + "-erased-email");
        assertThat(notice).containsEntry("forget_when_done", true);
        // delivered after the commit: then its address is forgotten too
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> "-".equals(
                jdbc.queryForObject("SELECT recipient FROM outbox WHERE idempotency_key = ?", String.class,
                        "deletion-" + id + "-erased-email")));
    }

    private ProcessInstance instance(DeletionRequest request) {
        return runtime.createProcessInstanceQuery().processInstanceId(requests.find(request.id()).processInstanceId())
                .singleResult();
    }

    /** The instance ended, through these activities. */
    private void endedThrough(DeletionRequest request, String... activityIds) {
        String id = requests.find(request.id()).processInstanceId();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(id).list())
                .extracting(a -> a.getActivityId()).contains(activityIds);
    }

    private int outboxTo(String recipient, String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE recipient = ? AND idempotency_key = ?", Integer.class,
                recipient, key);
    }
}
