package com.lifeline.process;

import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntrySubmissions;
import com.lifeline.handover.StaffAccounts;
import com.lifeline.org.OrgChart;
import com.lifeline.security.CurrentUser;
import com.lifeline.support.EngineClock;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * Every path of processes/staff-handover.bpmn. Each test seeds its own small org (never the demo
 * users, who other tests rely on): department head L (the leaver) reports to M; U (the successor)
 * and S both report to L. L and S each enter a customer, so running customer-entry instances route
 * work to L as entrant and owner, and the org chart makes L the reviewer (S's supervisor) and department head.
 */
@LifelineIntegrationTest
class StaffHandoverProcessTest {

    private static final Instant FRIDAY_MORNING = ZonedDateTime.parse("2026-12-04T10:00:00+08:00[Asia/Shanghai]").toInstant();
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100000));
    private static final String OLD_PASSWORD = "Leaver-Pass-2026";

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
    ManagementService management;
    @Autowired
    EntrySubmissions submissions;
    @Autowired
    OrgChart org;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;

    /** One seeded org with its running work. */
    record Seed(String leaver, String successor, String subordinate, String manager, String department,
                String leaversCustomer, ProcessInstance leaversEntry, ProcessInstance subordinatesEntry) {
    }

    @RegisterExtension
    final EngineClock clock = EngineClock.startingAt(FRIDAY_MORNING);

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        identity.clearAuthentication();
    }

    @Test
    void theLeaverIsDisabledAndEverythingMovesToTheSuccessor() {
        Seed s = seed();
        Task leaversTask = reviewTask(s.subordinatesEntry());
        Task escalated = reviewTask(s.leaversEntry());
        tasks.addCandidateUser(escalated.getId(), s.leaver()); // as an overdue-review escalation does
        assertThat(leaversTask.getAssignee()).isEqualTo(s.leaver());

        ProcessInstance handover = startHandover("admin", s.leaver(), s.successor(), "按人事通知交接");

        // disabled at once, with the start
        assertThat(identity.getUserInfo(s.leaver(), "lifeline.disabled")).isEqualTo("true");
        assertThat(identity.checkPassword(s.leaver(), OLD_PASSWORD)).isFalse();
        assertThat(identity.createUserQuery().userId(s.leaver()).memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isZero();
        assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isPositive();
        assertThat(handover).isWaitingAt("Task_HandOver");

        execute(job(handover));

        assertThat(handover).isWaitingAt("Task_HandoverSummary");
        assertThat(task(handover)).isAssignedTo(s.successor());
        assertThat(runtime.getVariables(handover.getId()))
                .containsEntry("customersMoved", 1)
                .containsEntry("tasksMoved", 1)
                .containsEntry("candidateLinksMoved", 1)
                .containsEntry("variablesChanged", 2)
                .containsEntry("orgReferencesMoved", 3)
                .containsEntry("grantsRevoked", 0);

        // customers, with change log
        assertThat(owner(s.leaversCustomer())).isEqualTo(s.successor());
        assertThat(count("SELECT COUNT(*) FROM customer WHERE owner_user_id = ?", s.leaver())).isZero();
        assertThat(count("SELECT COUNT(*) FROM change_log l JOIN customer c ON c.id = l.customer_id WHERE c.customer_number = ?"
                + " AND l.field = 'owner' AND l.old_value = ? AND l.new_value = ?", s.leaversCustomer(), s.leaver(), s.successor())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE customer_number = ? AND detail LIKE '%handover%'", s.leaversCustomer())).isEqualTo(1);
        // tasks and candidates
        assertThat(tasks.createTaskQuery().taskAssignee(s.leaver()).count()).isZero();
        assertThat(tasks.createTaskQuery().taskCandidateUser(s.leaver()).includeAssignedTasks().count()).isZero();
        assertThat(tasks.createTaskQuery().taskId(leaversTask.getId()).singleResult().getAssignee()).isEqualTo(s.successor());
        assertThat(tasks.getIdentityLinksForTask(escalated.getId())).extracting(IdentityLink::getUserId)
                .contains(s.successor()).doesNotContain(s.leaver());
        // routing variables of running processes
        assertThat(runtime.getVariables(s.leaversEntry().getId()))
                .containsEntry("entrant", s.successor()).containsEntry("owner", s.successor());
        assertThat(runtime.getVariables(s.subordinatesEntry().getId()))
                .containsEntry("entrant", s.subordinate()).containsEntry("owner", s.subordinate());
        // the org chart routes new work to the successor; the successor does not supervise themselves
        assertThat(org.supervisorOf(s.subordinate())).isEqualTo(s.successor());
        assertThat(org.supervisorOf(s.successor())).isEqualTo(s.manager());
        assertThat(org.departmentHeadOf(s.subordinate())).isEqualTo(s.successor());

        assertThatThrownBy(() -> tasks.complete(task(handover).getId(), Map.of("acknowledged", false)))
                .hasMessageContaining("确认");
        complete(task(handover), withVariables("acknowledged", true));
        assertThat(handover).isEnded().hasPassed("EndEvent_HandedOver");
    }

    @Test
    void theSuccessorOpensAndCompletesTheSummaryInTasklist() {
        Seed s = seed();
        ProcessInstance handover = startHandover("admin", s.leaver(), s.successor(), "按人事通知交接");
        execute(job(handover));
        String taskId = task(handover).getId();
        TestRestTemplate successor = rest.withBasicAuth(s.successor(), OLD_PASSWORD);

        ResponseEntity<String> form = successor.getForEntity("/engine-rest/task/" + taskId + "/deployed-form", String.class);
        assertThat(form.getStatusCode()).as(form.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains("acknowledged");
        ResponseEntity<String> submitted = successor.postForEntity("/engine-rest/task/" + taskId + "/submit-form",
                jsonRequest("{\"variables\": {\"acknowledged\": {\"value\": true, \"type\": \"Boolean\"}}}"), String.class);

        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(handover).isEnded().hasPassed("EndEvent_HandedOver");
    }

    private static HttpEntity<String> jsonRequest(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    @Test
    void theLeaversOpenAccessGrantsEndWithTheHandover() {
        Seed s = seed();
        long customerId = jdbc.queryForObject("SELECT id FROM customer WHERE customer_number = ?", Long.class, s.leaversCustomer());
        jdbc.update("INSERT INTO access_grant (user_id, customer_id, reason, approved_by, granted_at, expires_at, process_instance_id)"
                + " VALUES (?, ?, 'test grant', 'x', ?, ?, 'none')", s.leaver(), customerId,
                Date.from(FRIDAY_MORNING.minusSeconds(3600)), Date.from(FRIDAY_MORNING.plusSeconds(86400)));

        ProcessInstance handover = startHandover("admin", s.leaver(), s.successor(), "");
        execute(job(handover));

        assertThat(runtime.getVariable(handover.getId(), "grantsRevoked")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM access_grant WHERE user_id = ? AND revoked_at IS NULL", s.leaver())).isZero();
    }

    @Test
    void onlyAnAdministratorMayStartAndTheUsersMustMakeSense() {
        Seed s = seed();
        long before = runtime.createProcessInstanceQuery().processDefinitionKey("staff-handover").count();

        // with authorizations on the engine refuses first (no CREATE_INSTANCE on staff-handover);
        // without them the start listener does
        assertThatThrownBy(() -> startHandover(s.manager(), List.of("managers"), s.leaver(), s.successor(), ""))
                .satisfiesAnyOf(e -> assertThat(e).isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class),
                        e -> assertThat(e).hasMessageContaining("camunda-admin"));
        // with authorizations on the engine refuses first (no CREATE_INSTANCE on staff-handover);
        // without them the start listener does
        assertThatThrownBy(() -> startHandover(s.manager(), null, s.leaver(), s.successor(), ""))
                .satisfiesAnyOf(e -> assertThat(e).isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class),
                        e -> assertThat(e).hasMessageContaining("camunda-admin"));
        assertThatThrownBy(() -> startHandover("admin", s.leaver(), s.leaver(), ""))
                .hasMessageContaining("接任人");
        assertThatThrownBy(() -> startHandover("admin", s.leaver(), "nobody" + s.successor(), ""))
                .hasMessageContaining("接任人");
        assertThatThrownBy(() -> startHandover("admin", "", s.successor(), ""))
                .hasMessageContaining("离职人员");
        identity.setUserInfo(s.subordinate(), "lifeline.disabled", "true");
        assertThatThrownBy(() -> startHandover("admin", s.leaver(), s.subordinate(), ""))
                .hasMessageContaining("停用");

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("staff-handover").count()).isEqualTo(before);
        assertThat(identity.getUserInfo(s.leaver(), "lifeline.disabled")).isNull();
        assertThat(identity.checkPassword(s.leaver(), OLD_PASSWORD)).isTrue();
    }

    /** CVE-2026-77226: an empty camunda-admin group reopens the setup page, so the last admin keeps the membership. */
    @Test
    void aLeaverWhoIsTheOnlyAdministratorStaysInTheAdminGroup() {
        Seed s = seed();
        List<String> others = identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list().stream()
                .map(User::getId).filter(id -> !id.equals(s.leaver())).toList();
        others.forEach(id -> identity.deleteMembership(id, Groups.CAMUNDA_ADMIN));
        try {
            assertThat(accounts.disable(s.leaver(), "admin")).isFalse();
            assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).userId(s.leaver()).count()).isEqualTo(1);
            assertThat(accounts.isDisabled(s.leaver())).isTrue();
            assertThat(identity.checkPassword(s.leaver(), OLD_PASSWORD)).isFalse();
        } finally {
            others.forEach(id -> identity.createMembership(id, Groups.CAMUNDA_ADMIN));
        }
    }

    /**
     * A database failure in the last step (a trigger refuses the department-head update for this one
     * successor) after tasks, candidates, variables, customers and subordinates were already moved in
     * the same transaction: everything stays with the leaver, the job keeps its retries for an admin,
     * and once the cause is gone the retry moves everything.
     */
    @Test
    void aFailureMidwayLeavesEverythingWhereItWas() {
        Seed s = seed();
        Task leaversTask = reviewTask(s.subordinatesEntry());
        String trigger = "trg_handover_fail_" + s.successor();
        jdbc.execute("CREATE TRIGGER " + trigger + " BEFORE UPDATE ON org_department FOR EACH ROW BEGIN "
                + "IF NEW.head_user_id = '" + s.successor() + "' THEN "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected failure in the last handover step'; END IF; END");
        try {
            ProcessInstance handover = startHandover("admin", s.leaver(), s.successor(), "");
            Job job = job(handover);

            assertThatThrownBy(() -> management.executeJob(job.getId())).hasStackTraceContaining("injected failure");

            assertThat(identity.getUserInfo(s.leaver(), "lifeline.disabled")).as("disabling committed with the start").isEqualTo("true");
            assertThat(owner(s.leaversCustomer())).isEqualTo(s.leaver());
            assertThat(count("SELECT COUNT(*) FROM change_log l JOIN customer c ON c.id = l.customer_id WHERE c.customer_number = ? AND l.field = 'owner'",
                    s.leaversCustomer())).isZero();
            assertThat(count("SELECT COUNT(*) FROM audit_log WHERE customer_number = ? AND detail LIKE '%handover%'", s.leaversCustomer())).isZero();
            assertThat(tasks.createTaskQuery().taskId(leaversTask.getId()).singleResult().getAssignee()).isEqualTo(s.leaver());
            assertThat(runtime.getVariable(s.leaversEntry().getId(), "owner")).isEqualTo(s.leaver());
            assertThat(org.supervisorOf(s.subordinate())).isEqualTo(s.leaver());
            assertThat(org.supervisorOf(s.successor())).isEqualTo(s.leaver());
            assertThat(org.departmentHeadOf(s.subordinate())).isEqualTo(s.leaver());
            assertThat(runtime.getVariables(handover.getId())).doesNotContainKey("customersMoved");
            assertThat(handover).isWaitingAt("Task_HandOver");
            assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(2);

            jdbc.execute("DROP TRIGGER " + trigger);
            management.executeJob(job.getId());

            assertThat(handover).isWaitingAt("Task_HandoverSummary");
            assertThat(owner(s.leaversCustomer())).isEqualTo(s.successor());
            assertThat(tasks.createTaskQuery().taskId(leaversTask.getId()).singleResult().getAssignee()).isEqualTo(s.successor());
        } finally {
            jdbc.execute("DROP TRIGGER IF EXISTS " + trigger);
        }
    }

    // --- seeding ---

    private Seed seed() {
        int n = SEQUENCE.incrementAndGet();
        String leaver = "hoLeaver" + n;
        String successor = "hoSuccessor" + n;
        String subordinate = "hoSales" + n;
        String manager = "hoManager" + n;
        String department = "HOD" + n;
        String team = "HOT" + n;
        createUser(leaver, "sales", Groups.CAMUNDA_ADMIN);
        createUser(successor, "supervisors");
        createUser(subordinate, "sales");
        createUser(manager, "managers");
        jdbc.update("INSERT INTO org_department (id, name, head_user_id) VALUES (?, ?, ?)", department, "交接测试部" + n, leaver);
        jdbc.update("INSERT INTO org_team (id, department_id, name) VALUES (?, ?, ?)", team, department, "交接测试组" + n);
        jdbc.update("INSERT INTO org_member (user_id, team_id, supervisor_user_id) VALUES (?, ?, NULL)", manager, team);
        jdbc.update("INSERT INTO org_member (user_id, team_id, supervisor_user_id) VALUES (?, ?, ?)", leaver, team, manager);
        jdbc.update("INSERT INTO org_member (user_id, team_id, supervisor_user_id) VALUES (?, ?, ?)", successor, team, leaver);
        jdbc.update("INSERT INTO org_member (user_id, team_id, supervisor_user_id) VALUES (?, ?, ?)", subordinate, team, leaver);

        String leaversCustomer = enter(leaver);
        String subordinatesCustomer = enter(subordinate);
        return new Seed(leaver, successor, subordinate, manager, department, leaversCustomer,
                entryOf(leaversCustomer), entryOf(subordinatesCustomer));
    }

    private void createUser(String id, String... groups) {
        User user = identity.newUser(id);
        user.setFirstName("Test");
        user.setLastName(id);
        user.setEmail(id + "@lifeline.local");
        user.setPassword(OLD_PASSWORD);
        identity.saveUser(user);
        for (String group : groups) {
            identity.createMembership(id, group);
        }
    }

    private String enter(String user) {
        return submissions.submit(EntryExamples.company(), null, new CurrentUser(user, List.of("sales"))).customerNumber();
    }

    private ProcessInstance entryOf(String customerNumber) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("customer-entry")
                .processInstanceBusinessKey(customerNumber).singleResult();
    }

    private Task reviewTask(ProcessInstance entry) {
        return tasks.createTaskQuery().processInstanceId(entry.getId()).taskDefinitionKey("Task_SupervisorReview").singleResult();
    }

    private ProcessInstance startHandover(String admin, String leaver, String successor, String note) {
        return startHandover(admin, List.of(Groups.CAMUNDA_ADMIN), leaver, successor, note);
    }

    private ProcessInstance startHandover(String user, List<String> groups, String leaver, String successor, String note) {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("staff-handover")
                .latestVersion().singleResult().getId();
        Map<String, Object> variables = new HashMap<>();
        variables.put("leaverId", leaver);
        variables.put("successorId", successor);
        variables.put("note", note);
        if (groups == null) {
            identity.setAuthenticatedUserId(user);
        } else {
            identity.setAuthentication(user, groups);
        }
        try {
            return forms.submitStartForm(definitionId, variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    private String owner(String customerNumber) {
        return jdbc.queryForObject("SELECT owner_user_id FROM customer WHERE customer_number = ?", String.class, customerNumber);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
