package com.lifeline.export;

import com.lifeline.security.CurrentUser;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Walks every path of processes/export-anomaly-review.bpmn: too many exports, repeated rejections. */
@LifelineIntegrationTest
class ExportAnomalyReviewProcessTest {

    private static final List<String> FIELDS = List.of("customerNumber", "name");

    @Autowired
    ExportTestSupport support;
    @Autowired
    ExportProperties properties;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void tooManyExportsInADayGoToComplianceWhoMayAskTheDepartmentHeadToFollowUp() {
        CurrentUser sales = support.newRequester();
        String tag = ExportTestSupport.newTag();
        support.enter(sales, 1, tag, false);
        for (int i = 0; i < properties.anomaly().exportsPerDay(); i++) {
            support.request(sales, tag, FIELDS, false);
        }
        assertThat(review(sales)).as("within the limit").isNull();

        support.request(sales, tag, FIELDS, false);
        support.request(sales, tag, FIELDS, false);

        Task review = review(sales);
        assertThat(review.getName()).isEqualTo("导出异常复核 " + sales.userId());
        assertThat(tasks.getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getGroupId).containsExactly("compliance");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM export_anomaly WHERE user_id = ?", Integer.class, sales.userId()))
                .as("one review per user and day").isEqualTo(1);
        tasks.claim(review.getId(), "compliance1");
        tasks.complete(review.getId(), Map.of("anomalyOutcome", "ESCALATE"));

        assertThat(passed(review.getProcessInstanceId())).contains("Task_NotifyDepartmentHead", "EndEvent_HeadNotified");
        assertThat(jdbc.queryForObject("SELECT outcome FROM export_anomaly WHERE user_id = ?", String.class, sales.userId()))
                .isEqualTo("ESCALATE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE recipient = 'mgr1@lifeline.local' AND idempotency_key LIKE ?",
                Integer.class, "export-anomaly-%")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void repeatedRejectionsGoToComplianceWhoMayFindThemAcceptable() {
        CurrentUser sales = support.newRequester();
        String tag = ExportTestSupport.newTag();
        support.enter(sales, 21, tag, false);
        for (int i = 0; i < properties.anomaly().rejectionsPerDay(); i++) {
            ExportRequest request = support.request(sales, tag, FIELDS, false);
            support.decide(request, "Task_HeadApproval", "REJECT");
        }

        Task review = review(sales);
        assertThat(review).isNotNull();
        assertThat(jdbc.queryForObject("SELECT rule_broken FROM export_anomaly WHERE user_id = ?", String.class, sales.userId()))
                .startsWith("rejected requests");
        tasks.claim(review.getId(), "compliance1");
        tasks.complete(review.getId(), Map.of("anomalyOutcome", "ACCEPTABLE"));

        assertThat(passed(review.getProcessInstanceId())).contains("EndEvent_Acceptable").doesNotContain("Task_NotifyDepartmentHead");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(review.getProcessInstanceId()).count()).isZero();
    }

    private Task review(CurrentUser user) {
        return tasks.createTaskQuery().processDefinitionKey(ExportAnomalies.PROCESS_KEY)
                .processVariableValueEquals(ExportAnomalies.FLAGGED_USER, user.userId()).singleResult();
    }

    private List<String> passed(String processInstanceId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).list().stream()
                .map(a -> a.getActivityId()).toList();
    }
}
