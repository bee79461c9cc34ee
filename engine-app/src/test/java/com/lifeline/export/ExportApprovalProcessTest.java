package com.lifeline.export;

import com.lifeline.security.CurrentUser;
import com.lifeline.support.EngineClock;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** Walks every path of processes/export-approval.bpmn on the real engine and database, and opens the files with 7-Zip. */
@LifelineIntegrationTest
class ExportApprovalProcessTest {

    /** Friday 2026-12-04 10:00 in Shanghai: two working days later is Tuesday 10:00. */
    private static final Instant FRIDAY_MORNING = ZonedDateTime.parse("2026-12-04T10:00:00+08:00[Asia/Shanghai]").toInstant();
    private static final List<String> FIELDS = List.of("customerNumber", "name", "phone", "primaryContactPhone", "tags");

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    IdentityService identity;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    ExportTestSupport support;
    @Autowired
    ExportArchives archives;
    @Autowired
    ExportRequests requests;
    @Autowired
    ExportProperties properties;
    @Autowired
    JdbcTemplate jdbc;

    @RegisterExtension
    final EngineClock clock = EngineClock.startingAt(FRIDAY_MORNING);

    @Test
    void twentyRecordsNeedNoApprovalAndTheArchiveOpensWithItsPasswordOnly() throws Exception {
        CurrentUser sales = support.newRequester();
        String tag = ExportTestSupport.newTag();
        List<String> numbers = support.enter(sales, 20, "=HYPERLINK(\"x\")" + tag, false);

        ExportRequest request = support.request(sales, tag, FIELDS, true);

        endedThrough(request, "Task_DecideApprovers", "Task_MarkApproved", "EndEvent_Approved");
        assertThat(passed(request)).doesNotContain("Task_HeadApproval");
        ExportRequest approved = support.reload(request);
        assertThat(approved.status()).isEqualTo(ExportStatus.APPROVED);
        assertThat(approved.masked()).as("no approval unmasked it").isTrue();
        assertThat(approved.expiresAt()).isEqualTo(FRIDAY_MORNING.plusSeconds(7 * 24 * 3600));
        assertThat(outbox(sales.userId() + "@lifeline.local", "export-" + request.id() + "-approved")).contains("本邮件不含密码");

        ExportArchives.Made made = archives.make(sales.userId(), request.id());
        assertThat(made.records()).isEqualTo(20);
        assertThat(made.password()).hasSize(20);
        Path file = ExportTestSupport.file(properties, support.reload(request));
        assertThat(ExportTestSupport.methodOf(file)).contains("AES-256").doesNotContain("ZipCrypto");
        assertThat(ExportTestSupport.openWith7z(file, "wrong-password")).isNull();
        byte[] csv = ExportTestSupport.openWith7z(file, made.password());
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines).hasSize(21);
        assertThat(lines.get(0)).isEqualTo("客户编号,名称,电话,主要联系人电话,标签");
        String first = lines.stream().filter(l -> l.startsWith(numbers.get(0) + ",")).findFirst().orElseThrow();
        assertThat(first).matches(numbers.get(0) + ",上海测试\\d+科技有限公司,021\\*\\*\\*\\*\\d{4},139\\*\\*\\*\\*1234,\"'=HYPERLINK\\(\"\"x\"\"\\)"
                + tag + "\"");
        // the password was never stored: nothing in the database holds it
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM export_request WHERE CONCAT_WS(',', purpose, safeguards, fields, "
                + "filter_summary, file_name) LIKE ?", Integer.class, "%" + made.password() + "%")).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE body LIKE ?", Integer.class,
                "%" + made.password() + "%")).isZero();
        assertThatThrownBy(() -> archives.make(sales.userId(), request.id())).isInstanceOf(ExportStateException.class)
                .hasMessageContaining("密码只显示一次");
    }

    @Test
    void twentyOneRecordsGoToTheRequestersDepartmentHeadWithinTwoWorkingDays() {
        CurrentUser sales = support.newRequester();
        String tag = ExportTestSupport.newTag();
        support.enter(sales, 21, tag, false);

        ExportRequest request = support.request(sales, tag, FIELDS, false);

        assertThat(instance(request)).isWaitingAt("Task_HeadApproval");
        Task approval = support.task(request, "Task_HeadApproval");
        assertThat(approval.getAssignee()).isEqualTo("mgr1");
        assertThat(approval.getName()).isEqualTo("导出审批 21 条(申请 " + request.id() + ")");
        assertThat(approval.getDueDate()).isEqualTo(Date.from(FRIDAY_MORNING.plusSeconds(4 * 24 * 3600)));

        support.decide(request, "Task_HeadApproval", "APPROVE");

        endedThrough(request, "Task_MarkApproved", "EndEvent_Approved");
        assertThat(passed(request)).doesNotContain("Task_CommitteeApproval");
        assertThat(support.reload(request).status()).isEqualTo(ExportStatus.APPROVED);
        assertThat(jdbc.queryForList("SELECT decided_by FROM export_decision WHERE export_id = ?", String.class, request.id()))
                .containsExactly("mgr1");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(support.reload(request).processInstanceId())
                .variableName(ExportVariables.DECISION_REASON).count()).isZero();
    }

    @Test
    void sixtyRecordsNeedTheHeadAndTheCommitteeAndTheirUnmaskingShowsPhonesInFull() throws Exception {
        CurrentUser sales = support.newRequester();
        String tag = ExportTestSupport.newTag();
        support.enter(sales, 60, tag, false);

        ExportRequest request = support.request(sales, tag, FIELDS, true);
        support.decide(request, "Task_HeadApproval", "APPROVE");

        assertThat(instance(request)).isWaitingAt("Task_CommitteeApproval");
        Task committee = support.task(request, "Task_CommitteeApproval");
        assertThat(committee.getAssignee()).isNull();
        assertThat(tasks.getIdentityLinksForTask(committee.getId())).extracting(IdentityLink::getGroupId).contains("committee");
        tasks.claim(committee.getId(), "committee1");
        support.decide(request, "Task_CommitteeApproval", "APPROVE");

        endedThrough(request, "Task_HeadApproval", "Task_CommitteeApproval", "Task_MarkApproved");
        ExportRequest approved = support.reload(request);
        assertThat(approved.masked()).isFalse();
        ExportArchives.Made made = archives.make(sales.userId(), request.id());
        String csv = new String(ExportTestSupport.openWith7z(ExportTestSupport.file(properties, support.reload(request)),
                made.password()), StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(61);
        assertThat(csv).contains(",139 ").doesNotContain("****");
    }

    @Test
    void aCommitteeMemberMayKeepTheMasking() throws Exception {
        CurrentUser sales = support.newRequester();
        String tag = ExportTestSupport.newTag();
        support.enter(sales, 51, tag, false);
        ExportRequest request = support.request(sales, tag, FIELDS, true);
        support.decide(request, "Task_HeadApproval", "APPROVE");
        tasks.claim(support.task(request, "Task_CommitteeApproval").getId(), "committee1");
        support.decide(request, "Task_CommitteeApproval", "APPROVE_MASKED");

        assertThat(support.reload(request).masked()).isTrue();
        ExportArchives.Made made = archives.make(sales.userId(), request.id());
        String csv = new String(ExportTestSupport.openWith7z(ExportTestSupport.file(properties, support.reload(request)),
                made.password()), StandardCharsets.UTF_8);
        assertThat(csv).contains("139****1234").doesNotContain(",139 ");
    }

    @Test
    void theHeadsRejectionEndsWithoutAFile() {
        CurrentUser sales = support.newRequester();
        String tag = ExportTestSupport.newTag();
        support.enter(sales, 21, tag, false);
        ExportRequest request = support.request(sales, tag, FIELDS, false);

        support.decide(request, "Task_HeadApproval", "REJECT");

        endedThrough(request, "Task_RecordRejection", "EndEvent_Rejected");
        ExportRequest rejected = support.reload(request);
        assertThat(rejected.status()).isEqualTo(ExportStatus.REJECTED);
        assertThat(rejected.fileName()).isNull();
        assertThatThrownBy(() -> archives.make(sales.userId(), request.id())).isInstanceOf(ExportStateException.class);
        assertThat(outbox(sales.userId() + "@lifeline.local", "export-" + request.id() + "-rejected")).contains("未获批准");
    }

    @Test
    void theCommitteesRejectionEndsWithoutAFile() {
        CurrentUser sales = support.newRequester();
        String tag = ExportTestSupport.newTag();
        support.enter(sales, 51, tag, false);
        ExportRequest request = support.request(sales, tag, FIELDS, false);
        support.decide(request, "Task_HeadApproval", "APPROVE");
        tasks.claim(support.task(request, "Task_CommitteeApproval").getId(), "committee1");

        support.decide(request, "Task_CommitteeApproval", "REJECT");

        endedThrough(request, "Task_RecordRejection", "EndEvent_Rejected");
        assertThat(support.reload(request).status()).isEqualTo(ExportStatus.REJECTED);
        assertThat(support.reload(request).fileName()).isNull();
    }

    @Test
    void overdueApprovalsAreOfferedToTheCommitteeAndRemindedAndStayOpen() {
        CurrentUser sales = support.newRequester();
        String tag = ExportTestSupport.newTag();
        support.enter(sales, 51, tag, false);
        ExportRequest request = support.request(sales, tag, FIELDS, false);

        fireTimer(request, "BoundaryEvent_HeadOverdue");
        Task head = support.task(request, "Task_HeadApproval");
        assertThat(head).isNotNull();
        assertThat(tasks.getIdentityLinksForTask(head.getId())).extracting(IdentityLink::getGroupId).contains("committee");
        assertThat(instance(request)).hasPassed("Task_EscalateHeadApproval", "EndEvent_HeadEscalated");
        assertThat(outbox("committee1@lifeline.local", "export-overdue-" + head.getId() + "-committee1")).contains("已超过 2 个工作日未处理");

        support.decide(request, "Task_HeadApproval", "APPROVE");
        fireTimer(request, "BoundaryEvent_CommitteeOverdue");
        Task committee = support.task(request, "Task_CommitteeApproval");
        assertThat(committee).isNotNull();
        assertThat(instance(request)).hasPassed("Task_RemindCommittee", "EndEvent_CommitteeReminded");
        assertThat(outbox("committee1@lifeline.local", "export-overdue-" + committee.getId() + "-committee1")).contains("已超过 2 个工作日未处理");
    }

    @Test
    void tasklistsStartFormRegistersTheRequestAndKeepsItsTextOutOfTheEngine() {
        CurrentUser sales = support.newRequester();
        String tag = ExportTestSupport.newTag();
        support.enter(sales, 3, tag, false);
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ExportVariables.PROCESS_KEY).latestVersion().singleResult().getId();
        identity.setAuthentication(sales.userId(), sales.groupIds());
        ProcessInstance instance;
        try {
            instance = forms.submitStartForm(definition, Variables.createVariables()
                    .putValue("purpose", "年终客户关怀回访").putValue("safeguards", "加密保存,七天后删除")
                    .putValue("periodDays", 7L).putValue("usage", "SERVICE").putValue("tags", tag)
                    .putValue("fields", Variables.objectValue(List.of("customerNumber", "name"))
                            .serializationDataFormat("application/json").create())
                    .putValue("unmask", false));
        } finally {
            identity.clearAuthentication();
        }

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        Long id = jdbc.queryForObject("SELECT id FROM export_request WHERE process_instance_id = ?", Long.class, instance.getId());
        ExportRequest request = requests.find(id);
        assertThat(request.recordCount()).isEqualTo(3);
        assertThat(request.requestedBy()).isEqualTo(sales.userId());
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName("purpose")
                .count()).isZero();
    }

    private ProcessInstance instance(ExportRequest request) {
        return runtime.createProcessInstanceQuery().processInstanceId(support.reload(request).processInstanceId())
                .singleResult();
    }

    /** The activities the instance passed so far. */
    private List<String> passed(ExportRequest request) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(support.reload(request).processInstanceId())
                .list().stream().map(a -> a.getActivityId()).toList();
    }

    /** The instance ended, through these activities. */
    private void endedThrough(ExportRequest request, String... activityIds) {
        org.assertj.core.api.Assertions.assertThat(instance(request)).as("ended").isNull();
        assertThat(passed(request)).contains(activityIds);
    }

    private void fireTimer(ExportRequest request, String boundary) {
        Job timer = management.createJobQuery().processInstanceId(support.reload(request).processInstanceId())
                .activityId(boundary).singleResult();
        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
        management.executeJob(timer.getId());
    }

    private String outbox(String recipient, String key) {
        List<String> bodies = jdbc.queryForList("SELECT body FROM outbox WHERE recipient = ? AND idempotency_key = ?",
                String.class, recipient, key);
        assertThat(bodies).as("notice %s to %s", key, recipient).hasSize(1);
        return bodies.get(0);
    }
}
