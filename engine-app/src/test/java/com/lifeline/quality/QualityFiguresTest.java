package com.lifeline.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntrySubmissions;
import com.lifeline.security.CurrentUser;
import com.lifeline.support.EngineClock;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each data-quality figure from seeded rows: every test seeds customers owned by a department of its own
 * (other classes' customers share the database but not these departments) and checks the exact numbers.
 */
@LifelineIntegrationTest
class QualityFiguresTest {

    private static final Instant NOW = ZonedDateTime.parse("2026-12-04T10:00:00+08:00[Asia/Shanghai]").toInstant();
    private static final CurrentUser SALES1 = new CurrentUser("sales1", List.of("sales"));
    private static final AtomicInteger DEPARTMENTS = new AtomicInteger();

    @Autowired
    QualityReports reports;
    @Autowired
    EntrySubmissions entries;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    private String department;
    private String owner;

    @RegisterExtension
    final EngineClock clock = EngineClock.startingAt(NOW);

    @BeforeEach
    void aDepartmentOfItsOwn() {
        department = "QF" + (System.nanoTime() % 100_000_000) + DEPARTMENTS.incrementAndGet();
        owner = "qf-" + department.toLowerCase();
        jdbc.update("INSERT INTO org_department (id, name, head_user_id) VALUES (?, ?, ?)", department, "质量测试部" + department, owner);
        jdbc.update("INSERT INTO org_team (id, department_id, name) VALUES (?, ?, '质量测试组')", department + "-T", department);
        jdbc.update("INSERT INTO org_member (user_id, team_id, supervisor_user_id) VALUES (?, ?, NULL)", owner, department + "-T");
    }

    /** A customer entered by sales1, then owned by this test's department, in {@code status}. */
    private long customer(String status) {
        String number = entries.submit(EntryExamples.company(), null, SALES1).customerNumber();
        jdbc.update("UPDATE customer SET owner_user_id = ?, status = ? WHERE customer_number = ?", owner, status, number);
        return jdbc.queryForObject("SELECT id FROM customer WHERE customer_number = ?", Long.class, number);
    }

    private String numberOf(long customerId) {
        return jdbc.queryForObject("SELECT customer_number FROM customer WHERE id = ?", String.class, customerId);
    }

    private QualityFigures figures() {
        QualityReport report = reports.report(NOW);
        return report.departments().stream().filter(f -> f.departmentId().equals(department)).findFirst().orElseThrow();
    }

    private long contact(long customerId, int index) {
        return jdbc.queryForList("SELECT id FROM emergency_contact WHERE customer_id = ? ORDER BY id", Long.class, customerId).get(index);
    }

    @Test
    void requiredFieldFillRateCountsThirteenRequiredFieldsPerCustomer() {
        long partial = customer("ACTIVE");
        customer("ACTIVE");
        // neither phone nor email: one required field ("at least one of them") unfilled
        jdbc.update("UPDATE customer SET phone = NULL, phone_index = NULL, email = NULL, email_index = NULL WHERE id = ?", partial);

        QualityFigures f = figures();

        assertThat(f.customers()).isEqualTo(2);
        assertThat(f.requiredFieldFillRate()).isEqualTo(0.9615); // 25 of 26
        assertThat(f.departmentName()).isEqualTo("质量测试部" + department);
    }

    @Test
    void silentShareIsOfActiveCustomersWithoutInteractionForOverAMonth() {
        long twoMonths = customer("ACTIVE");
        long fortyDays = customer("ACTIVE");
        long tenDays = customer("ACTIVE");
        long dormant = customer("DORMANT");
        interaction(twoMonths, NOW.minusSeconds(61L * 24 * 3600));
        interaction(fortyDays, NOW.minusSeconds(40L * 24 * 3600));
        interaction(tenDays, NOW.minusSeconds(10L * 24 * 3600));
        interaction(dormant, NOW.minusSeconds(200L * 24 * 3600));

        QualityFigures f = figures();

        assertThat(f.activeCustomers()).isEqualTo(3);
        assertThat(f.silentOverMonth()).isEqualTo(2);
        assertThat(f.silentOverMonthShare()).isEqualTo(0.6667);
    }

    @Test
    void invalidContactRateIsOverCurrentContactsOnly() {
        long first = customer("ACTIVE");
        long second = customer("ACTIVE");
        jdbc.update("UPDATE emergency_contact SET status = 'INVALID' WHERE id = ?", contact(first, 0));
        // replaced long ago: no longer listed, not counted
        jdbc.update("UPDATE emergency_contact SET status = 'INVALID', superseded_at = ? WHERE id = ?", Timestamp.from(NOW),
                contact(second, 0));

        QualityFigures f = figures();

        assertThat(f.contacts()).isEqualTo(3);
        assertThat(f.invalidContacts()).isEqualTo(1);
        assertThat(f.invalidContactRate()).isEqualTo(0.3333);
    }

    @Test
    void activeCustomersWithFewerThanTwoValidContactsAreCounted() {
        customer("ACTIVE");
        long oneInvalid = customer("ACTIVE");
        long pending = customer("PENDING_REVIEW");
        jdbc.update("UPDATE emergency_contact SET status = 'INVALID' WHERE id = ?", contact(oneInvalid, 1));
        jdbc.update("UPDATE emergency_contact SET status = 'INVALID' WHERE id = ?", contact(pending, 1));

        assertThat(figures().fewerThanTwoValidContacts()).isEqualTo(1);
    }

    @Test
    void overdueVerificationsAreOpenVerificationTasksPastTheirDueDate() {
        long first = customer("ACTIVE");
        long second = customer("ACTIVE");
        String deployment = repository.createDeployment().name("quality-test").addString("quality-test-verification.bpmn",
                VERIFICATION_MODEL).deploy().getId();
        try {
            verification(first, NOW.minusSeconds(24 * 3600));
            verification(first, NOW.minusSeconds(2 * 24 * 3600));
            verification(second, NOW.plusSeconds(24 * 3600));

            assertThat(figures().overdueVerifications()).isEqualTo(2);
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    @Test
    void reviewSlaBreachesAreCustomersWhoseReviewWasEscalated() {
        long late = customer("ACTIVE");
        customer("ACTIVE");
        escalation(late);
        escalation(late);

        assertThat(figures().reviewSlaBreaches()).isEqualTo(1);
    }

    @Test
    void lateEntriesAreCustomersEnteredMoreThan24HoursAfterFirstContact() {
        long a = customer("ACTIVE");
        long b = customer("PENDING_REVIEW");
        customer("ACTIVE");
        jdbc.update("UPDATE customer SET late_entry = TRUE WHERE id IN (?, ?)", a, b);
        jdbc.update("UPDATE customer SET late_entry = FALSE WHERE owner_user_id = ? AND id NOT IN (?, ?)", owner, a, b);

        assertThat(figures().lateEntries()).isEqualTo(2);
    }

    @Test
    void theOverallFiguresAddUpTheDepartments() {
        customer("ACTIVE");
        QualityReport report = reports.report(NOW);

        assertThat(report.overall().customers()).isEqualTo(report.departments().stream().mapToInt(QualityFigures::customers).sum());
        assertThat(report.overall().lateEntries()).isEqualTo(report.departments().stream().mapToInt(QualityFigures::lateEntries).sum());
        assertThat(report.overall().departmentName()).isEqualTo("全部");
    }

    @Test
    void theNightlySnapshotFeedsATwelveMonthTrendOldestFirst() {
        long id = customer("ACTIVE");
        jdbc.update("UPDATE customer SET late_entry = TRUE WHERE id = ?", id);
        snapshotRow(LocalDate.of(2026, 9, 30), 7);
        snapshotRow(LocalDate.of(2026, 9, 10), 99); // not the month's last
        snapshotRow(LocalDate.of(2025, 11, 30), 50); // 13 months ago

        assertThat(reports.snapshot()).isGreaterThanOrEqualTo(2);
        reports.snapshot(); // again the same night: replaced, not added

        List<QualityReports.TrendPoint> trend = reports.trend(department);
        assertThat(trend).extracting(QualityReports.TrendPoint::month).containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 12));
        assertThat(trend).extracting(p -> p.figures().lateEntries()).containsExactly(7, 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quality_snapshot WHERE department_id = ? AND taken_on = ?",
                Integer.class, department, LocalDate.of(2026, 12, 4))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quality_snapshot WHERE department_id = '' AND taken_on = ?",
                Integer.class, LocalDate.of(2026, 12, 4))).isEqualTo(1);
    }

    @Test
    void theFiguresAreForManagersTheCommitteeAndDataStewardsOnly() {
        customer("ACTIVE");
        var answer = rest.withBasicAuth("committee1", "Demo-Pass-2026").getForEntity("/api/quality/figures", JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().get("overall").get("customers").asInt()).isPositive();
        boolean listed = false;
        for (JsonNode d : answer.getBody().get("departments")) {
            listed |= d.get("departmentId").asText().equals(department);
        }
        assertThat(listed).isTrue();
        assertThat(rest.withBasicAuth("steward1", "Demo-Pass-2026").getForEntity("/api/quality/trend", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("sales1", "Demo-Pass-2026").getForEntity("/api/quality/figures", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private void interaction(long customerId, Instant at) {
        jdbc.update("UPDATE customer SET last_interaction_at = ? WHERE id = ?", Timestamp.from(at), customerId);
    }

    private void escalation(long customerId) {
        jdbc.update("INSERT INTO review_escalation (customer_id, task_id, escalated_to, escalated_at) VALUES (?, 'qf-task', 'mgr1', ?)",
                customerId, Timestamp.from(NOW));
    }

    private void verification(long customerId, Instant due) {
        runtime.startProcessInstanceByKey("quality-test-verification",
                Map.of("customerNumber", numberOf(customerId), "due", Date.from(due)));
    }

    private void snapshotRow(LocalDate day, int lateEntries) {
        jdbc.update("INSERT INTO quality_snapshot (taken_on, department_id, customers, required_fields, required_fields_filled,"
                + " active_customers, silent_over_month, contacts, invalid_contacts, fewer_than_two_valid,"
                + " overdue_verifications, review_sla_breaches, late_entries, taken_at)"
                + " VALUES (?, ?, 10, 130, 120, 8, 2, 20, 1, 0, 0, 0, ?, ?)", day, department, lateEntries, Timestamp.from(NOW));
    }

    /** A verification task as reverification's model declares it: kind verification, the customer's number, a due date. */
    private static final String VERIFICATION_MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                id="Definitions_QualityTest" targetNamespace="https://lifeline.example/bpmn/quality-test">
              <bpmn:process id="quality-test-verification" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="Start" />
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Verify" />
                <bpmn:userTask id="Verify" name="核查联系人" camunda:assignee="sales1" camunda:dueDate="${due}">
                  <bpmn:extensionElements>
                    <camunda:properties><camunda:property name="lifeline.taskKind" value="verification" /></camunda:properties>
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="F2" sourceRef="Verify" targetRef="End" />
                <bpmn:endEvent id="End" />
              </bpmn:process>
            </bpmn:definitions>
            """;
}
