package com.lifeline.dormancy;

import com.lifeline.consent.ConsentPurpose;
import com.lifeline.consent.ConsentGate;
import com.lifeline.support.EngineClock;
import com.lifeline.support.LifelineIntegrationTest;
import com.lifeline.taskkind.TaskKind;
import com.lifeline.web.TaskInputException;
import com.lifeline.org.OrgChart;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Walks every path of processes/dormancy-check.bpmn, timers included, on the real engine and database. */
@LifelineIntegrationTest
class DormancyCheckProcessTest {

    /** Friday 2026-12-04 10:00 in Shanghai: 5 working days later is Friday 12-11, 10 working days Friday 12-18. */
    private static final Instant FRIDAY = ZonedDateTime.parse("2026-12-04T10:00:00+08:00[Asia/Shanghai]").toInstant();
    private static final Instant FIVE_WORKING_DAYS = ZonedDateTime.parse("2026-12-11T10:00:00+08:00[Asia/Shanghai]").toInstant();
    private static final Instant TEN_WORKING_DAYS = ZonedDateTime.parse("2026-12-18T10:00:00+08:00[Asia/Shanghai]").toInstant();
    private static final Instant LONG_AGO = ZonedDateTime.parse("2026-03-01T10:00:00+08:00[Asia/Shanghai]").toInstant();

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    IdentityService identity;
    @Autowired
    DormancySweep sweep;
    @Autowired
    DormancyChecks checks;
    @Autowired
    DormancyTestSupport support;
    @Autowired
    ConsentGate consents;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RepositoryService repository;
    @Autowired
    DecisionService decisions;
    @Autowired
    OrgChart org;

    private static final Path PROCESSES = Path.of("..", "processes");

    @RegisterExtension
    final EngineClock clock = EngineClock.startingAt(FRIDAY);

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void removeCopies() {
        deployments.forEach(id -> repository.deleteDeployment(id, true));
    }

    private Task checkOf(SilentCustomer customer) {
        assertThat(sweep.startCheck(null, customer)).isTrue();
        return tasks.createTaskQuery().processInstanceBusinessKey(customer.customerNumber())
                .processDefinitionKey(DormancyVariables.PROCESS_KEY).singleResult();
    }

    /** As in Tasklist: steward1 claims the check offered to the data stewards, then completes it. */
    private void complete(Task task, String outcome, String note) {
        if (tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee() == null) {
            tasks.claim(task.getId(), "steward1");
        }
        tasks.complete(task.getId(), Map.of(DormancyVariables.OUTCOME, outcome, DormancyVariables.NOTE, note));
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    private List<String> passed(Task task) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(task.getProcessInstanceId()).list().stream()
                .map(a -> a.getActivityId()).toList();
    }

    private DormancyCheck checkRow(String number) {
        long id = jdbc.queryForObject("SELECT MAX(id) FROM dormancy_check WHERE customer_number = ?", Long.class, number);
        return checks.find(id);
    }

    private boolean ended(Task task) {
        return runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).count() == 0;
    }

    @Test
    void aStewardFindsTheCustomerStillActiveWhichCountsAsAnInteraction() {
        SilentCustomer customer = support.silentSince(LONG_AGO, false);
        Task check = checkOf(customer);

        assertThat(check.getTaskDefinitionKey()).isEqualTo("Task_CheckDormancy");
        assertThat(check.getName()).isEqualTo("休眠核查 " + customer.customerNumber());
        // the model's choice (dormancy-stewards.dmn): offered to the data stewards, claimed by one of them
        assertThat(check.getAssignee()).isNull();
        assertThat(candidateGroups(check)).containsExactly("data-stewards");
        assertThat(runtime.getVariable(check.getProcessInstanceId(), DormancyVariables.STEWARD_GROUP)).isEqualTo("data-stewards");
        assertThat(check.getDueDate()).isEqualTo(Date.from(TEN_WORKING_DAYS));
        assertThat(tasks.getVariableLocal(check.getId(), TaskKind.VARIABLE)).isEqualTo(TaskKind.DATA_STEWARD);

        complete(check, "ACTIVE", "已电话联系客户行政部,合作仍在进行");

        assertThat(ended(check)).isTrue();
        assertThat(passed(check)).contains("Task_KeepActive", "EndEvent_StillActive");
        DormancyCheck row = checkRow(customer.customerNumber());
        assertThat(row.status()).isEqualTo(DormancyOutcome.ACTIVE);
        assertThat(row.decidedBy()).isEqualTo("steward1");
        assertThat(row.note()).doesNotContain("行政部");
        assertThat(checks.noteOf(row)).isEqualTo("已电话联系客户行政部,合作仍在进行");
        assertThat(support.status(customer.customerNumber())).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("SELECT last_contact_at FROM customer WHERE id = ?", Timestamp.class, customer.id())
                .toInstant()).isEqualTo(FRIDAY);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(check.getProcessInstanceId())
                .variableName(DormancyVariables.NOTE).count()).isZero();
    }

    @Test
    void aDormantCustomerIsKeptButNoLongerUsedForMarketing() {
        SilentCustomer customer = support.silentSince(LONG_AGO, true);
        assertThat(consents.mayUseCustomer(customer.id(), ConsentPurpose.MARKETING)).isTrue();
        Task check = checkOf(customer);

        complete(check, "DORMANT", "客户半年无业务往来,暂不联系");

        assertThat(passed(check)).contains("Task_MarkDormant", "EndEvent_Dormant");
        assertThat(support.status(customer.customerNumber())).isEqualTo("DORMANT");
        assertThat(jdbc.queryForMap("SELECT old_value, new_value, operator FROM change_log WHERE customer_id = ? AND field = 'status'"
                + " ORDER BY id DESC LIMIT 1", customer.id()))
                .containsEntry("old_value", "ACTIVE").containsEntry("new_value", "DORMANT").containsEntry("operator", "steward1");
        assertThat(consents.mayUseCustomer(customer.id(), ConsentPurpose.MARKETING)).isFalse();
        assertThat(consents.mayUseCustomer(customer.id(), ConsentPurpose.SERVICE)).isTrue();
        long contactId = jdbc.queryForObject("SELECT MIN(id) FROM emergency_contact WHERE customer_id = ?", Long.class, customer.id());
        assertThat(consents.mayUse(contactId, ConsentPurpose.MARKETING)).isFalse();
        assertThat(consents.mayUse(contactId, ConsentPurpose.EMERGENCY_NOTIFICATION)).isTrue();
    }

    @Test
    void anInvalidCustomerGoesToDeletionApprovalInTheStewardsName() {
        SilentCustomer customer = support.silentSince(LONG_AGO, false);
        Task check = checkOf(customer);

        complete(check, "INVALID", "电话空号,公司已注销");

        assertThat(passed(check)).contains("Task_RequestDeletion", "EndEvent_DeletionRequested");
        assertThat(jdbc.queryForMap("SELECT reason, source, requested_by, status FROM deletion_request WHERE customer_id = ?",
                customer.id()))
                .containsEntry("reason", "INVALID_DATA").containsEntry("source", "DORMANCY")
                .containsEntry("requested_by", "steward1").containsEntry("status", "AWAITING_APPROVAL");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(customer.customerNumber())
                .taskDefinitionKey("Task_ApproveDeletion").singleResult().getAssignee()).isEqualTo("mgr1");
    }

    @Test
    void anOverdueCheckRemindsTheStewardAfterFiveWorkingDaysAndEscalatesToTheSupervisorAfterTen() {
        SilentCustomer customer = support.silentSince(LONG_AGO, false);
        Task check = checkOf(customer);
        List<Job> timers = management.createJobQuery().processInstanceId(check.getProcessInstanceId()).timers().list()
                .stream().sorted(Comparator.comparing(Job::getDuedate)).toList();
        assertThat(timers).extracting(Job::getDuedate).containsExactly(Date.from(FIVE_WORKING_DAYS), Date.from(TEN_WORKING_DAYS));

        ClockUtil.setCurrentTime(Date.from(FIVE_WORKING_DAYS.plusSeconds(60)));
        management.executeJob(timers.get(0).getId());
        assertThat(passed(check)).contains("Task_RemindSteward", "EndEvent_Reminded");
        // nobody has claimed it yet: every member of the group is reminded (the demo's one steward)
        assertThat(outbox("steward1@lifeline.local", "dormancy-reminder-" + check.getId() + "-steward1")).isEqualTo(1);
        assertThat(tasks.createTaskQuery().taskId(check.getId()).count()).isEqualTo(1);

        ClockUtil.setCurrentTime(Date.from(TEN_WORKING_DAYS.plusSeconds(60)));
        management.executeJob(timers.get(1).getId());
        assertThat(passed(check)).contains("Task_EscalateDormancyCheck", "EndEvent_Escalated");
        assertThat(tasks.getIdentityLinksForTask(check.getId())).extracting(IdentityLink::getUserId).contains("mgr2");
        assertThat(outbox("mgr2@lifeline.local", "dormancy-overdue-" + check.getId() + "-mgr2")).isEqualTo(1);

        identity.setAuthentication("mgr2", List.of("managers"));
        try {
            tasks.complete(check.getId(), Map.of(DormancyVariables.OUTCOME, "DORMANT", DormancyVariables.NOTE, "主管确认:客户已半年未联系"));
        } finally {
            identity.clearAuthentication();
        }
        assertThat(checkRow(customer.customerNumber()).decidedBy()).isEqualTo("mgr2");
        assertThat(support.status(customer.customerNumber())).isEqualTo("DORMANT");
    }

    @Test
    void anOutcomeWithoutANoteIsRefusedAndTheTaskStaysOpen() {
        SilentCustomer customer = support.silentSince(LONG_AGO, false);
        Task check = checkOf(customer);

        // the engine wraps a listener's exception; Tasklist and /engine-rest answer 400 with its field and reason
        assertThatThrownBy(() -> complete(check, "DORMANT", "无")).hasRootCauseInstanceOf(TaskInputException.class)
                .hasMessageContaining("核查说明");
        assertThatThrownBy(() -> complete(check, "MAYBE", "已电话联系客户")).hasRootCauseInstanceOf(TaskInputException.class)
                .hasMessageContaining("核查结论");

        assertThat(tasks.createTaskQuery().taskId(check.getId()).count()).isEqualTo(1);
        assertThat(checkRow(customer.customerNumber()).status()).isEqualTo(DormancyOutcome.OPEN);
        assertThat(support.status(customer.customerNumber())).isEqualTo("ACTIVE");
    }

    @Test
    void aClaimedCheckRemindsOnlyTheStewardWhoClaimedIt() {
        SilentCustomer customer = support.silentSince(LONG_AGO, false);
        Task check = checkOf(customer);
        tasks.claim(check.getId(), "steward1");
        Job reminder = management.createJobQuery().processInstanceId(check.getProcessInstanceId()).timers().list().stream()
                .min(Comparator.comparing(Job::getDuedate)).orElseThrow();

        ClockUtil.setCurrentTime(Date.from(FIVE_WORKING_DAYS.plusSeconds(60)));
        management.executeJob(reminder.getId());

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE ?", Integer.class,
                "dormancy-reminder-" + check.getId() + "-%")).isEqualTo(1);
        assertThat(outbox("steward1@lifeline.local", "dormancy-reminder-" + check.getId() + "-steward1")).isEqualTo(1);
    }

    @ParameterizedTest(name = "department {0}")
    @NullSource
    @ValueSource(strings = {"SH-SALES", "HQ", "ANY-OTHER"})
    void thePackagedTableOffersEveryDepartmentsChecksToTheDataStewards(String department) {
        Map<String, Object> input = new HashMap<>();
        input.put("ownerDepartment", department);
        String group = decisions.evaluateDecisionTableByKey("dormancy-stewards").variables(input).evaluate()
                .getSingleResult().getEntry("stewardGroup");
        assertThat(group).isEqualTo("data-stewards");
    }

    /**
     * A designer adds a row to dormancy-stewards.dmn (SH-SALES → committee) and deploys it with the models: the
     * next check of an SH-SALES customer is offered to that group, with no Java change; other departments keep
     * the data stewards. Deployed under a process id of its own, so the packaged model stays the latest.
     */
    @Test
    void aRowAddedToTheDecisionTableRoutesTheCheckWithoutJava() throws IOException {
        assertThat(org.departmentOf("sales1")).isEqualTo("SH-SALES");
        assertThat(org.departmentOf("steward1")).isNotEqualTo("SH-SALES");
        String table = Files.readString(PROCESSES.resolve("dormancy-stewards.dmn"));
        String edited = table.replace("<rule id=\"Rule_AnyDepartment\">", """
                <rule id="Rule_SalesToCommittee">
                  <inputEntry id="InputEntry_SalesToCommittee"><text>"SH-SALES"</text></inputEntry>
                  <outputEntry id="OutputEntry_SalesToCommittee"><text>"committee"</text></outputEntry>
                </rule>
                <rule id="Rule_AnyDepartment">""");
        assertThat(edited).isNotEqualTo(table);
        BpmnModelInstance model = Bpmn.readModelFromFile(PROCESSES.resolve("dormancy-check.bpmn").toFile());
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        String key = process.getId() + "-routing-copy";
        process.setId(key);
        DeploymentBuilder deployment = repository.createDeployment().name("routing-test " + key)
                .addModelInstance(key + ".bpmn", model).addString("dormancy-stewards.dmn", edited);
        try (var forms = Files.list(Path.of("..", "forms"))) {
            for (Path form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
                deployment.addString(form.getFileName().toString(), Files.readString(form));
            }
        }
        deployments.add(deployment.deploy().getId());

        Task sales = tasks.createTaskQuery().processInstanceId(startCopy(key, "sales1")).singleResult();
        Task hq = tasks.createTaskQuery().processInstanceId(startCopy(key, "steward1")).singleResult();

        assertThat(candidateGroups(sales)).containsExactly("committee");
        assertThat(candidateGroups(hq)).containsExactly("data-stewards");
        assertThat(sales.getAssignee()).isNull();
    }

    private String startCopy(String key, String owner) {
        return runtime.startProcessInstanceByKey(key, Map.of(DormancyVariables.CHECK_ID, -1L, DormancyVariables.CUSTOMER_ID, -1L,
                DormancyVariables.CUSTOMER_NUMBER, "SH2026998", DormancyVariables.OWNER, owner)).getId();
    }

    private int outbox(String recipient, String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE recipient = ? AND idempotency_key = ?", Integer.class,
                recipient, key);
    }
}
