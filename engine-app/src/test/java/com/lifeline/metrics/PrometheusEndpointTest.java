package com.lifeline.metrics;

import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntrySubmissions;
import com.lifeline.security.CurrentUser;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /actuator/prometheus as a scraper sees it: admin only, over Basic; the exact gauge lines for data this
 * test seeds in a department of its own and for tasks of a kind of its own; outbox and job gauges move by
 * exactly what the test adds (they count the whole shared database).
 */
@LifelineIntegrationTest
class PrometheusEndpointTest {

    private static final Instant NOW = ZonedDateTime.parse("2026-12-04T10:00:00+08:00[Asia/Shanghai]").toInstant();
    private static final CurrentUser SALES1 = new CurrentUser("sales1", List.of("sales"));
    private static final String ADMIN_PASSWORD = "Lifeline-Admin-2026";

    @Autowired LifelineGauges gauges;
    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntrySubmissions entries;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired Scheduler scheduler;

    private String department;
    private String owner;
    private String deployment;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        department = "MX" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        owner = "mx-" + department.toLowerCase();
        jdbc.update("INSERT INTO org_department (id, name, head_user_id) VALUES (?, ?, ?)", department, "指标测试部", owner);
        jdbc.update("INSERT INTO org_team (id, department_id, name) VALUES (?, ?, '指标测试组')", department + "-T", department);
        jdbc.update("INSERT INTO org_member (user_id, team_id, supervisor_user_id) VALUES (?, ?, NULL)", owner, department + "-T");
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        if (deployment != null) {
            repository.deleteDeployment(deployment, true);
        }
    }

    @Test
    void theScrapeShowsTheSevenFiguresOfTheDepartmentFromTheLastCount() {
        long silent = customer();
        long recent = customer();
        interaction(silent, NOW.minusSeconds(61L * 24 * 3600));
        interaction(recent, NOW.minusSeconds(10L * 24 * 3600));
        // neither phone nor email: 25 of 26 required fields filled
        jdbc.update("UPDATE customer SET phone = NULL, phone_index = NULL, email = NULL, email_index = NULL WHERE id = ?", silent);
        // one of four current contacts INVALID: that customer has one valid contact left
        jdbc.update("UPDATE emergency_contact SET status = 'INVALID' WHERE id = ?",
                jdbc.queryForList("SELECT id FROM emergency_contact WHERE customer_id = ? ORDER BY id", Long.class, recent).get(0));
        jdbc.update("INSERT INTO review_escalation (customer_id, task_id, escalated_to, escalated_at) VALUES (?, 'mx-task', 'mgr1', ?)",
                silent, Timestamp.from(NOW));
        jdbc.update("UPDATE customer SET late_entry = (id = ?) WHERE id IN (?, ?)", recent, silent, recent);

        gauges.refreshQuality();
        String scrape = scrape();

        String d = "{department=\"" + department + "\"}";
        assertThat(value(scrape, "lifeline_quality_customers" + d)).isEqualTo("2.0");
        assertThat(value(scrape, "lifeline_quality_required_field_fill_rate" + d)).isEqualTo("0.9615");
        assertThat(value(scrape, "lifeline_quality_silent_over_month_share" + d)).isEqualTo("0.5");
        assertThat(value(scrape, "lifeline_quality_invalid_contact_rate" + d)).isEqualTo("0.25");
        assertThat(value(scrape, "lifeline_quality_fewer_than_two_valid_contacts" + d)).isEqualTo("1.0");
        assertThat(value(scrape, "lifeline_quality_overdue_verifications" + d)).isEqualTo("0.0");
        assertThat(value(scrape, "lifeline_quality_review_sla_breaches" + d)).isEqualTo("1.0");
        assertThat(value(scrape, "lifeline_quality_late_entries" + d)).isEqualTo("1.0");
        assertThat(value(scrape, "lifeline_quality_customers{department=\"all\"}")).isNotNull();
        // labels are codes: no owner, customer number or other person in the text
        assertThat(scrape).doesNotContain(owner).doesNotContain(number(silent)).doesNotContain("sales1");

        // a scrape reads the last count: a change shows after the next one, not before
        jdbc.update("UPDATE customer SET late_entry = TRUE WHERE id = ?", silent);
        assertThat(value(scrape(), "lifeline_quality_late_entries" + d)).isEqualTo("1.0");
        gauges.refreshQuality();
        assertThat(value(scrape(), "lifeline_quality_late_entries" + d)).isEqualTo("2.0");
    }

    @Test
    void openAndOverdueTasksAreCountedByTheirKind() {
        String kind = "gauge-test-" + UUID.randomUUID().toString().substring(0, 8);
        deployment = repository.createDeployment().name("metrics-test")
                .addString("metrics-test.bpmn", MODEL.replace("KIND", kind)).deploy().getId();
        for (long hours : new long[]{-24, -48, 24}) {
            runtime.startProcessInstanceByKey("metrics-test-task", Map.of("due", Date.from(NOW.plusSeconds(hours * 3600))));
        }

        gauges.refreshHealth();
        String scrape = scrape();

        assertThat(value(scrape, "lifeline_tasks_open{kind=\"" + kind + "\"}")).isEqualTo("3.0");
        assertThat(value(scrape, "lifeline_tasks_overdue{kind=\"" + kind + "\"}")).isEqualTo("2.0");
    }

    @Test
    void theOutboxAndFailedJobsMoveByWhatWasAdded() throws Exception {
        // no dispatcher run meanwhile (Quartz polls the outbox): the counts move only by this test
        scheduler.standby();
        String tag = "mx-" + UUID.randomUUID();
        try {
            deployment = repository.createDeployment().name("metrics-test")
                    .addString("metrics-test.bpmn", MODEL.replace("KIND", "gauge-test")).deploy().getId();
            gauges.refreshHealth();
            String before = scrape();

            for (int i = 0; i < 2; i++) {
                notice(tag + "-p" + i, "PENDING");
            }
            for (int i = 0; i < 3; i++) {
                notice(tag + "-f" + i, "FAILED");
            }
            String instance = runtime.startProcessInstanceByKey("metrics-test-job").getId();
            management.setJobRetries(management.createJobQuery().processInstanceId(instance).singleResult().getId(), 0);

            gauges.refreshHealth();
            String after = scrape();

            assertThat(number(after, "lifeline_outbox_notices{state=\"pending\"}") - number(before, "lifeline_outbox_notices{state=\"pending\"}"))
                    .isEqualTo(2.0);
            assertThat(number(after, "lifeline_outbox_notices{state=\"failed\"}") - number(before, "lifeline_outbox_notices{state=\"failed\"}"))
                    .isEqualTo(3.0);
            assertThat(number(after, "lifeline_jobs_failed") - number(before, "lifeline_jobs_failed")).isEqualTo(1.0);
            assertThat(value(after, "lifeline_metrics_refreshed_timestamp_seconds{part=\"health\"}"))
                    .isEqualTo(String.valueOf(NOW.getEpochSecond() * 1.0));
        } finally {
            jdbc.update("DELETE FROM outbox WHERE idempotency_key LIKE ?", tag + "%");
            scheduler.start();
        }
    }

    @Test
    void onlyAnAdminMayScrape() {
        assertThat(rest.withBasicAuth("admin", ADMIN_PASSWORD).getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        for (String user : List.of("sales1", "mgr1", "committee1", "itops1")) {
            assertThat(rest.withBasicAuth(user, "Demo-Pass-2026").getForEntity("/actuator/prometheus", String.class)
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("admin", "wrong-password").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // health stays open for load balancers
        assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private String scrape() {
        ResponseEntity<String> answer = rest.withBasicAuth("admin", ADMIN_PASSWORD).getForEntity("/actuator/prometheus", String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    /** The value of the line for exactly this series, null if the scrape has none. */
    private static String value(String scrape, String series) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        return line.find() ? line.group(1) : null;
    }

    private static double number(String scrape, String series) {
        String value = value(scrape, series);
        assertThat(value).as(series).isNotNull();
        return Double.parseDouble(value);
    }

    /** A customer entered by sales1, then ACTIVE and owned by this test's department. */
    private long customer() {
        String number = entries.submit(EntryExamples.company(), null, SALES1).customerNumber();
        jdbc.update("UPDATE customer SET owner_user_id = ?, status = 'ACTIVE' WHERE customer_number = ?", owner, number);
        return jdbc.queryForObject("SELECT id FROM customer WHERE customer_number = ?", Long.class, number);
    }

    private String number(long customerId) {
        return jdbc.queryForObject("SELECT customer_number FROM customer WHERE id = ?", String.class, customerId);
    }

    private void interaction(long customerId, Instant at) {
        jdbc.update("UPDATE customer SET last_interaction_at = ? WHERE id = ?", Timestamp.from(at), customerId);
    }

    /** Not due before 2099: no dispatcher takes it meanwhile. */
    private void notice(String key, String status) {
        jdbc.update("""
                INSERT INTO outbox (idempotency_key, channel, recipient, subject, body, status, attempts, next_attempt_at, created_at)
                VALUES (?, 'EMAIL', 'metrics@outbox.test', 'metrics', 'metrics', ?, 0, '2099-01-01 00:00:00', NOW())
                """, key, status);
    }

    /** A user task of the kind KIND due at ${due}; a timer job far in the future (no executor takes it). */
    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_MetricsTest" targetNamespace="https://lifeline.example/bpmn/metrics-test">
              <bpmn:process id="metrics-test-task" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="Start" />
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Work" />
                <bpmn:userTask id="Work" name="指标测试" camunda:assignee="sales1" camunda:dueDate="${due}">
                  <bpmn:extensionElements>
                    <camunda:properties><camunda:property name="lifeline.taskKind" value="KIND" /></camunda:properties>
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="F2" sourceRef="Work" targetRef="End" />
                <bpmn:endEvent id="End" />
              </bpmn:process>
              <bpmn:process id="metrics-test-job" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="JobStart" />
                <bpmn:sequenceFlow id="J1" sourceRef="JobStart" targetRef="Wait" />
                <bpmn:intermediateCatchEvent id="Wait">
                  <bpmn:timerEventDefinition><bpmn:timeDate xsi:type="bpmn:tFormalExpression">2099-01-01T00:00:00</bpmn:timeDate></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="J2" sourceRef="Wait" targetRef="JobEnd" />
                <bpmn:endEvent id="JobEnd" />
              </bpmn:process>
            </bpmn:definitions>
            """;
}
