package com.lifeline.followup;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntrySubmissions;
import com.lifeline.security.CurrentUser;
import com.lifeline.support.EngineClock;
import com.lifeline.support.LifelineIntegrationTest;
import com.lifeline.taskkind.TaskKind;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** Walks every path of processes/follow-up.bpmn on the real engine and database, through REST and Tasklist's start form. */
@LifelineIntegrationTest
class FollowUpProcessTest {

    /** Thursday 2026-12-03 15:00 in Shanghai; the next action is due Monday 2026-12-07, reminded at 09:00. */
    private static final Instant THURSDAY = ZonedDateTime.parse("2026-12-03T15:00:00+08:00[Asia/Shanghai]").toInstant();
    private static final Instant MONDAY_NINE = ZonedDateTime.parse("2026-12-07T09:00:00+08:00[Asia/Shanghai]").toInstant();
    private static final CurrentUser SALES1 = new CurrentUser("sales1", List.of("sales"));

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    FollowUpSubmissions submissions;
    @Autowired
    FollowUpTaskFormData formData;
    @Autowired
    EntrySubmissions entries;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    private String number;

    @RegisterExtension
    final EngineClock clock = EngineClock.startingAt(THURSDAY);

    @BeforeEach
    void setUp() {
        number = entries.submit(EntryExamples.company(), null, SALES1).customerNumber();
    }

    private FollowUp record(String nextActionOn, String nextAction) {
        return submissions.submit(SALES1, number, new NewFollowUp("2026-12-03T14:00", "VISIT", "客户总经理、行政主管",
                FollowUpApiTest.CONTENT, nextActionOn, nextAction));
    }

    private String instanceOf(FollowUp followUp) {
        return history.createHistoricVariableInstanceQuery().variableName(FollowUpVariables.FOLLOW_UP_ID)
                .list().stream().filter(v -> Long.valueOf(followUp.id()).equals(v.getValue())).findFirst()
                .orElseThrow().getProcessInstanceId();
    }

    @Test
    void aFollowUpWithoutNextActionIsRecordedAndTheInstanceEnds() {
        FollowUp saved = record(null, null);

        String instance = instanceOf(saved);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).list())
                .extracting(a -> a.getActivityId())
                .contains("Task_RecordFollowUp", "Gateway_NextAction", "EndEvent_Recorded")
                .doesNotContain("TimerEvent_NextActionDue");
        assertThat(saved.recordedBy()).isEqualTo("sales1");
        assertThat(saved.occurredAt()).isEqualTo(ZonedDateTime.parse("2026-12-03T14:00:00+08:00[Asia/Shanghai]").toInstant());
        // the free text never reached the engine's history
        for (String name : List.of(FollowUpVariables.CONTENT, FollowUpVariables.PARTICIPANTS, FollowUpVariables.NEXT_ACTION)) {
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName(name).count())
                    .as(name).isZero();
        }
    }

    @Test
    void aNextActionOpensAReminderTaskForTheRecorderOnItsDate() {
        FollowUp saved = record("2026-12-07", "电话确认新的备用联系人");
        String instance = instanceOf(saved);

        Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(MONDAY_NINE));
        assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).isZero();

        ClockUtil.setCurrentTime(Date.from(MONDAY_NINE.plusSeconds(60)));
        management.executeJob(timer.getId());

        Task reminder = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(reminder.getTaskDefinitionKey()).isEqualTo("Task_FollowUpReminder");
        assertThat(reminder.getName()).isEqualTo("跟进提醒 " + number);
        assertThat(reminder.getAssignee()).isEqualTo("sales1");
        // one working day later: Tuesday 09:01
        assertThat(reminder.getDueDate()).isEqualTo(Date.from(MONDAY_NINE.plusSeconds(24 * 3600 + 60)));
        assertThat(tasks.getVariableLocal(reminder.getId(), TaskKind.VARIABLE)).isEqualTo(TaskKind.FOLLOW_UP);
        assertThat((String) formData.valuesFor(reminder).get("followUpSummary"))
                .contains(number, "电话确认新的备用联系人", "2026-12-07", "上门拜访");

        tasks.complete(reminder.getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId("EndEvent_Reminded")
                .count()).isEqualTo(1);
    }

    @Test
    void tasklistsStartFormTakesTheSamePathAndARefusalStartsNothing() {
        long before = runtime.createProcessInstanceQuery().processDefinitionKey("follow-up").count();
        ResponseEntity<JsonNode> refused = submitForm("2026-12-03T16:00+08:00", "太短");
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().path("message").asText()).contains("跟进时间不能晚于现在");

        ResponseEntity<JsonNode> started = submitForm("2026-12-03T11:00+08:00", FollowUpApiTest.CONTENT);
        assertThat(started.getStatusCode().value()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT occurred_at FROM follow_up WHERE customer_number = ?", java.sql.Timestamp.class,
                number).toInstant()).isEqualTo(ZonedDateTime.parse("2026-12-03T11:00:00+08:00[Asia/Shanghai]").toInstant());
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("follow-up").count()).isEqualTo(before);
    }

    private ResponseEntity<JsonNode> submitForm(String occurredAt, String content) {
        Map<String, Object> variables = Map.of(
                "customerNumber", Map.of("value", number), "occurredAt", Map.of("value", occurredAt),
                "method", Map.of("value", "PHONE"), "participants", Map.of("value", "客户行政主管"),
                "content", Map.of("value", content));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth("sales1", "Demo-Pass-2026").exchange("/engine-rest/process-definition/key/follow-up/submit-form",
                HttpMethod.POST, new HttpEntity<>(Map.of("variables", variables), headers), JsonNode.class);
    }
}
