package com.lifeline.reverification;

import com.lifeline.customer.CustomerService;
import com.lifeline.entry.EntryExamples;
import com.lifeline.support.EngineClock;
import com.lifeline.support.EntryTestSupport;
import com.lifeline.support.LifelineIntegrationTest;
import com.lifeline.taskkind.TaskKind;
import com.lifeline.web.TaskInputException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** Walks every path of processes/contact-verification.bpmn on the real engine and database, timers by the engine's clock. */
@LifelineIntegrationTest
class ContactVerificationProcessTest {

    /** Friday 2026-12-04 10:00 in Shanghai, in the quarter that began 2026-10-01. */
    private static final Instant FRIDAY_MORNING = ZonedDateTime.parse("2026-12-04T10:00:00+08:00[Asia/Shanghai]").toInstant();
    /** ten working days later: Friday 2026-12-18 10:00; fifteen: Friday 2026-12-25 10:00 */
    private static final Instant TEN_WORKING_DAYS = ZonedDateTime.parse("2026-12-18T10:00:00+08:00[Asia/Shanghai]").toInstant();
    private static final Instant FIFTEEN_WORKING_DAYS = ZonedDateTime.parse("2026-12-25T10:00:00+08:00[Asia/Shanghai]").toInstant();
    private static final LocalDate QUARTER = LocalDate.of(2026, 10, 1);

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
    RepositoryService repository;
    @Autowired
    EntryTestSupport entries;
    @Autowired
    CustomerService customers;
    @Autowired
    VerificationMapper mapper;
    @Autowired
    Verifications verifications;
    @Autowired
    JdbcTemplate jdbc;

    @RegisterExtension
    final EngineClock clock = EngineClock.startingAt(FRIDAY_MORNING);

    @BeforeEach
    void setUp() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey("customer-change").count() == 0) {
            repository.createDeployment().name("customer-change stand-in")
                    .addClasspathResource("reverification/customer-change-stub.bpmn").deploy();
        }
    }

    @Test
    void theOwnerConfirmsEveryContactAndTheyCountAsVerifiedNow() {
        long customer = activeCustomer();
        ProcessInstance instance = start(customer);

        assertThat(instance).isWaitingAt("Task_VerifyContacts");
        Task task = task(instance);
        assertThat(task.getAssignee()).isEqualTo("sales1");
        assertThat(task.getName()).isEqualTo("核实紧急联系人 " + numberOf(customer));
        assertThat(task.getDueDate()).isEqualTo(Date.from(TEN_WORKING_DAYS));
        assertThat(TaskKind.of(tasks.createTaskQuery().taskId(task.getId()), TaskKind.VERIFICATION).count()).isEqualTo(1);

        complete(task, "CONFIRMED", "CALL", "CONFIRMED", "LINK");

        endedThrough(instance, "Task_ApplyOutcomes", "EndEvent_Verified");
        assertThat(jdbc.queryForList("SELECT verification_method FROM emergency_contact WHERE customer_id = ? AND superseded_at IS NULL"
                + " AND last_verified_at = ? ORDER BY priority", String.class, customer, Date.from(FRIDAY_MORNING)))
                .containsExactly("CALL", "LINK");
        assertThat(jdbc.queryForList("SELECT method FROM contact_verification_outcome WHERE customer_id = ? ORDER BY contact_id",
                String.class, customer)).containsExactly("CALL", "LINK");
        assertThat(jdbc.queryForMap("SELECT status, completed_by FROM contact_verification WHERE customer_id = ?", customer))
                .containsEntry("status", "DONE").containsEntry("completed_by", "sales1");
        // verified this quarter: not due again
        assertThat(mapper.due(QUARTER, quarterStartsAt(), customer - 1, 1)).noneMatch(d -> d.customerId() == customer);
    }

    @Test
    void anUnreachableContactBecomesInvalid() {
        long customer = activeCustomer();
        ProcessInstance instance = start(customer);

        complete(task(instance), "CONFIRMED", "CALL", "UNREACHABLE", "CALL");

        endedThrough(instance, "EndEvent_Verified");
        assertThat(jdbc.queryForList("SELECT status FROM emergency_contact WHERE customer_id = ? AND superseded_at IS NULL ORDER BY priority",
                String.class, customer)).containsExactly("VALID", "INVALID");
    }

    @Test
    void aChangedContactGoesToTheCustomerChangeWithTheVerificationAsReason() {
        long customer = activeCustomer();
        ProcessInstance instance = start(customer);

        complete(task(instance), "CHANGED", "CALL", "CONFIRMED", "CALL");

        assertThat(instance).hasPassed("Task_ApplyOutcomes").isWaitingAt("CallActivity_CustomerChange");
        ProcessInstance change = runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).singleResult();
        assertThat(runtime.getVariables(change.getId(), List.of("customerNumber", "changeReason")))
                .containsEntry("customerNumber", numberOf(customer)).containsEntry("changeReason", "VERIFICATION_RESULT");
        assertThat(change.getBusinessKey()).isEqualTo(numberOf(customer));

        // the change process's own paths are its test's: the stand-in ends when signalled, and the verification with it
        var stubWaiting = runtime.createExecutionQuery().processInstanceId(change.getId()).activityId("Wait").singleResult();
        if (stubWaiting != null) {
            runtime.signal(stubWaiting.getId());
            endedThrough(instance, "CallActivity_CustomerChange", "EndEvent_ChangeHandled");
        } else {
            runtime.deleteProcessInstance(change.getId(), "ended by the verification's test", false, true);
        }
    }

    @Test
    void overdueTheOwnerIsRemindedAtTenWorkingDaysAndTheSupervisorTakesPartAtFifteen() {
        long customer = activeCustomer();
        ProcessInstance instance = start(customer);
        Task task = task(instance);

        ClockUtil.setCurrentTime(Date.from(TEN_WORKING_DAYS.plusSeconds(60)));
        management.executeJob(timer(instance, "BoundaryEvent_VerificationDue").getId());

        assertThat(instance).hasPassed("Task_RemindOwner", "EndEvent_OwnerReminded").isWaitingAt("Task_VerifyContacts");
        assertThat(outbox("sales1@lifeline.local", "verification-due-" + task.getId())).isEqualTo(1);
        assertThat(timer(instance, "BoundaryEvent_VerificationOverdue").getDuedate()).isEqualTo(Date.from(FIFTEEN_WORKING_DAYS));

        ClockUtil.setCurrentTime(Date.from(FIFTEEN_WORKING_DAYS.plusSeconds(60)));
        management.executeJob(timer(instance, "BoundaryEvent_VerificationOverdue").getId());

        assertThat(instance).hasPassed("Task_EscalateToSupervisor", "EndEvent_Escalated").isWaitingAt("Task_VerifyContacts");
        assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getUserId).contains("sup1");
        assertThat(outbox("sup1@lifeline.local", "verification-overdue-" + task.getId() + "-sup1")).isEqualTo(1);

        engine.getIdentityService().setAuthentication("sup1", List.of("supervisors"));
        try {
            complete(task, "CONFIRMED", "CALL", "CONFIRMED", "CALL");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        endedThrough(instance, "EndEvent_Verified");
        assertThat(jdbc.queryForObject("SELECT completed_by FROM contact_verification WHERE customer_id = ?", String.class, customer))
                .isEqualTo("sup1");
    }

    @Test
    void aContactWithoutOutcomeOrMethodKeepsTheTaskOpenAndRecordsNothing() {
        long customer = activeCustomer();
        ProcessInstance instance = start(customer);
        Task task = task(instance);

        assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of("contact1Outcome", "CONFIRMED", "contact1Method", "CALL")))
                .hasRootCauseInstanceOf(TaskInputException.class).hasMessageContaining("联系人 2 核实结果");
        assertThatThrownBy(() -> complete(task, "CONFIRMED", "CALL", "MAYBE", "CALL"))
                .hasRootCauseInstanceOf(TaskInputException.class).hasMessageContaining("联系人 2 核实结果");
        assertThatThrownBy(() -> complete(task, "CONFIRMED", "CALL", "CONFIRMED", "FAX"))
                .hasRootCauseInstanceOf(TaskInputException.class).hasMessageContaining("联系人 2 核实方式");

        assertThat(instance).isWaitingAt("Task_VerifyContacts");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contact_verification_outcome WHERE customer_id = ?", Integer.class, customer))
                .isZero();
    }

    @Test
    void aCustomerGetsOneVerificationAQuarterWhoeverAsks() {
        long customer = activeCustomer();
        VerificationMapper.Due due = due(customer);

        assertThat(verifications.startIfNone(due, QUARTER, null)).isTrue();
        assertThat(verifications.startIfNone(due, QUARTER, null)).isFalse();
        // next quarter: still none while this one is open
        assertThat(verifications.startIfNone(due, QUARTER.plusMonths(3), null)).isFalse();

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(VerificationVariables.PROCESS_KEY)
                .processInstanceBusinessKey(numberOf(customer)).count()).isEqualTo(1);
    }

    /** A customer of sales1 approved by sup1: ACTIVE, two valid contacts never verified. */
    private long activeCustomer() {
        ProcessInstance entry = entries.submitStartForm("sales1", EntryExamples.person());
        String number = (String) runtime.getVariable(entry.getId(), "customerNumber");
        Task review = tasks.createTaskQuery().processInstanceId(entry.getId()).singleResult();
        tasks.complete(review.getId(), Map.of("reviewDecision", "APPROVE"));
        return customers.byNumber(number).id();
    }

    private VerificationMapper.Due due(long customer) {
        List<VerificationMapper.Due> due = mapper.due(QUARTER, quarterStartsAt(), customer - 1, 1);
        assertThat(due).as("customer %s is due", customer).hasSize(1);
        assertThat(due.get(0).customerId()).isEqualTo(customer);
        return due.get(0);
    }

    private ProcessInstance start(long customer) {
        assertThat(verifications.startIfNone(due(customer), QUARTER, null)).isTrue();
        return runtime.createProcessInstanceQuery().processDefinitionKey(VerificationVariables.PROCESS_KEY)
                .processInstanceBusinessKey(numberOf(customer)).singleResult();
    }

    private Task task(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_VerifyContacts").singleResult();
    }

    private void complete(Task task, String... outcomeAndMethod) {
        Map<String, Object> form = new HashMap<>();
        for (int i = 0; i < outcomeAndMethod.length / 2; i++) {
            form.put(VerificationVariables.outcomeField(i + 1), outcomeAndMethod[2 * i]);
            form.put(VerificationVariables.methodField(i + 1), outcomeAndMethod[2 * i + 1]);
        }
        tasks.complete(task.getId(), form);
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
    }

    private String numberOf(long customer) {
        return customers.get(customer).customerNumber();
    }

    private static Instant quarterStartsAt() {
        return QUARTER.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
    }

    private void endedThrough(ProcessInstance instance, String... activityIds) {
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).list())
                .extracting(a -> a.getActivityId()).contains(activityIds);
    }

    private int outbox(String recipient, String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE recipient = ? AND idempotency_key = ?", Integer.class,
                recipient, key);
    }
}
