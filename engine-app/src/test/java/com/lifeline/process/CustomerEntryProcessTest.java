package com.lifeline.process;

import com.lifeline.entry.DuplicateEntryException;
import com.lifeline.entry.DuplicateResolution;
import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntryFormFields;
import com.lifeline.entry.EntryRejectedException;
import com.lifeline.entry.EntrySubmission;
import com.lifeline.entry.EntrySubmissions;
import com.lifeline.entry.FieldProblem;
import com.lifeline.entry.SubmittedEntry;
import com.lifeline.privacy.TaskFormData;
import com.lifeline.security.CurrentUser;
import com.lifeline.support.EngineClock;
import com.lifeline.support.EntryTestSupport;
import com.lifeline.support.LifelineIntegrationTest;
import com.lifeline.verification.CustomerConfirmations;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
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

/** Walks every path of processes/customer-entry.bpmn on the real engine and database. */
@LifelineIntegrationTest
class CustomerEntryProcessTest {

    /** Friday 2026-12-04 10:00 in Shanghai: one working day later is Monday 10:00. */
    private static final Instant FRIDAY_MORNING = ZonedDateTime.parse("2026-12-04T10:00:00+08:00[Asia/Shanghai]").toInstant();

    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    EntryTestSupport support;
    @Autowired
    CustomerConfirmations confirmations;
    @Autowired
    List<TaskFormData> taskFormData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    EntrySubmissions submissions;

    private static final CurrentUser SALES1 = new CurrentUser("sales1", List.of("sales"));

    @RegisterExtension
    final EngineClock clock = EngineClock.startingAt(FRIDAY_MORNING);

    @Test
    void aCleanEntryGoesToTheEntrantsSupervisorDueInOneWorkingDay() {
        EntrySubmission entry = EntryExamples.company();
        ProcessInstance instance = support.submitStartForm("sales1", entry);

        assertThat(instance).isWaitingAt("Task_SupervisorReview");
        Task review = task(instance);
        assertThat(review).isAssignedTo("sup1");
        assertThat(review.getDueDate()).isEqualTo(Date.from(FRIDAY_MORNING.plusSeconds(3 * 24 * 3600)));
        String number = (String) engine.getRuntimeService().getVariable(instance.getId(), "customerNumber");
        assertThat(number).matches("SH2026\\d{3,}");
        assertThat(review.getName()).isEqualTo("主管复核 " + number + " " + entry.customer().name());
        // Tasklist says "due in 3 days" (calendar days): the description states the working-day rule
        assertThat(review.getDescription()).endsWith(" 截止 2026-12-07 10:00(1 个工作日内,不含周末和法定节假日)");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isEqualTo(1);
        assertThat(support.customerRow(number)).containsEntry("status", "PENDING_REVIEW").containsEntry("owner_user_id", "sales1");
        assertThat(support.count("SELECT COUNT(*) FROM emergency_contact ec JOIN customer c ON c.id = ec.customer_id WHERE c.customer_number = ?", number)).isEqualTo(2);
        assertThat(support.count("SELECT COUNT(*) FROM consent co JOIN customer c ON c.id = co.customer_id WHERE c.customer_number = ?", number)).isEqualTo(3);
    }

    @Test
    void formDataNeverReachesTheEngineTablesOrHistory() {
        EntrySubmission entry = EntryExamples.company();
        ProcessInstance instance = support.submitStartForm("sales1", entry);

        String phoneDigits = entry.contacts().get(0).phone();
        for (String table : new String[]{"ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL"}) {
            // a company's registered name may label tasks (customerLabel); contact details never appear
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE NAME_ IN ('customerName','primaryPhone','customerEmail')"
                    + " OR TEXT_ LIKE ? OR (TEXT_ LIKE ? AND NAME_ <> 'customerLabel')", Integer.class,
                    "%" + phoneDigits + "%", "%" + entry.customer().name() + "%"))
                    .as(table).isZero();
        }
        assertThat(engine.getRuntimeService().getVariables(instance.getId()).keySet())
                .doesNotContainAnyElementsOf(EntryFormFields.KEYS)
                .contains("entryId", "customerNumber", "entrant");
    }

    @Test
    void approvalActivatesTheCustomerAndTheirConfirmationClosesTheLoop() {
        ProcessInstance instance = support.submitStartForm("sales1", EntryExamples.company());
        String number = (String) engine.getRuntimeService().getVariable(instance.getId(), "customerNumber");

        complete(task(instance), withVariables("reviewDecision", "APPROVE", "reviewComment", ""));

        assertThat(instance).isWaitingAt("Gateway_AwaitCustomer");
        assertThat(support.customerRow(number)).containsEntry("status", "ACTIVE");
        confirmations.confirm(support.confirmationToken(number));
        assertThat(instance).isEnded().hasPassed("EndEvent_Confirmed");
        assertThat(jdbc.queryForObject("SELECT cc.status FROM customer_confirmation cc JOIN customer c ON c.id = cc.customer_id WHERE c.customer_number = ?",
                String.class, number)).isEqualTo("CONFIRMED");
    }

    @Test
    void aCorrectionRequestStartsAChangeWhoseFormShowsTheRequestToTheOwner() {
        ProcessInstance instance = support.submitStartForm("sales2", EntryExamples.company());
        String number = (String) engine.getRuntimeService().getVariable(instance.getId(), "customerNumber");
        complete(task(instance), withVariables("reviewDecision", "APPROVE"));

        confirmations.requestCorrection(support.confirmationToken(number), "电话号码已变更,请联系我");

        assertThat(instance).isWaitingAt("Call_CustomerChange");
        ProcessInstance change = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(instance.getId()).singleResult();
        assertThat(change).isWaitingAt("Task_EditChange");
        Task edit = task(change);
        assertThat(edit).isAssignedTo("sales2");
        Map<String, Object> form = taskFormData.stream().filter(p -> p.taskDefinitionKeys().contains("Task_EditChange"))
                .findFirst().orElseThrow().valuesFor(edit);
        assertThat((String) form.get("changeContext")).contains("客户要求", "电话号码已变更,请联系我");
        complete(edit, withVariables("tags", "已按客户要求核对", "recordVersion", form.get("recordVersion")));
        assertThat(change).isEnded().hasPassed("EndEvent_Applied");
        assertThat(instance).isEnded().hasPassed("EndEvent_CorrectionHandled");
    }

    @Test
    void noAnswerForSevenDaysRemindsOnceThenAsksTheOwnerToCall() {
        ProcessInstance instance = support.submitStartForm("sales1", EntryExamples.company());
        String number = (String) engine.getRuntimeService().getVariable(instance.getId(), "customerNumber");
        complete(task(instance), withVariables("reviewDecision", "APPROVE"));

        ClockUtil.setCurrentTime(Date.from(FRIDAY_MORNING.plusSeconds(7 * 24 * 3600 + 60)));
        execute(job(instance));
        assertThat(instance).hasPassed("Task_RemindCustomer").isWaitingAt("Gateway_AwaitAfterReminder");
        assertThat(support.count("SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE 'confirm-reminder-%' AND subject LIKE ?", "%" + number + "%")).isEqualTo(1);

        ClockUtil.setCurrentTime(Date.from(FRIDAY_MORNING.plusSeconds(14 * 24 * 3600 + 120)));
        execute(job(instance));
        assertThat(instance).isWaitingAt("Task_CallCustomer");
        assertThat(task(instance)).isAssignedTo("sales1");
        assertThatThrownBy(() -> tasks.complete(task(instance).getId(), Map.of("callOutcome", "CONFIRMED")))
                .hasMessageContaining("通话记录");
        complete(task(instance), withVariables("callOutcome", "CONFIRMED", "callNote", "客户确认资料无误"));
        assertThat(instance).isEnded().hasPassed("EndEvent_Called");
    }

    @Test
    void aConfirmationAfterTheReminderClosesTheLoop() {
        ProcessInstance instance = support.submitStartForm("sales1", EntryExamples.company());
        String number = (String) engine.getRuntimeService().getVariable(instance.getId(), "customerNumber");
        complete(task(instance), withVariables("reviewDecision", "APPROVE"));
        ClockUtil.setCurrentTime(Date.from(FRIDAY_MORNING.plusSeconds(7 * 24 * 3600 + 60)));
        execute(job(instance));

        confirmations.confirm(support.confirmationToken(number));

        assertThat(instance).isEnded().hasPassed("EndEvent_ConfirmedAfterReminder");
    }

    @Test
    void aCorrectionAfterTheReminderGoesToTheOwner() {
        ProcessInstance instance = support.submitStartForm("sales1", EntryExamples.company());
        String number = (String) engine.getRuntimeService().getVariable(instance.getId(), "customerNumber");
        complete(task(instance), withVariables("reviewDecision", "APPROVE"));
        ClockUtil.setCurrentTime(Date.from(FRIDAY_MORNING.plusSeconds(7 * 24 * 3600 + 60)));
        execute(job(instance));

        confirmations.requestCorrection(support.confirmationToken(number), "地址有误");

        assertThat(instance).isWaitingAt("Call_CustomerChange");
    }

    @Test
    void problemsSendTheEntrantACorrectionTaskAndResubmittingRechecks() {
        EntrySubmission good = EntryExamples.company();
        EntrySubmission bad = EntryExamples.withCustomer(good, EntryExamples.phone(good.customer(), "12345"));
        ProcessInstance instance = support.submitStartForm("sales1", bad);

        assertThat(instance).isWaitingAt("Task_CorrectEntry");
        assertThat(task(instance)).isAssignedTo("sales1");
        assertThat(instance).variables()
                .containsEntry("entryOutcome", "INVALID")
                .containsKey("problem_customerPhone")
                .doesNotContainKey("customerNumber");
        assertThat(support.count("SELECT COUNT(*) FROM customer WHERE name = ?", good.customer().name())).isZero();

        complete(task(instance), EntryFormFields.toVariables(good));

        assertThat(instance).isWaitingAt("Task_SupervisorReview");
        assertThat(instance).variables().doesNotContainKey("problem_customerPhone").doesNotContainKey("entryProblemSummary");
    }

    @Test
    void aReturnedEntryShowsTheCommentAndKeepsItsNumberWhenCorrected() {
        EntrySubmission entry = EntryExamples.company();
        ProcessInstance instance = support.submitStartForm("sales1", entry);
        String number = (String) engine.getRuntimeService().getVariable(instance.getId(), "customerNumber");

        assertThatThrownBy(() -> tasks.complete(task(instance).getId(), Map.of("reviewDecision", "RETURN")))
                .hasMessageContaining("复核意见");
        complete(task(instance), withVariables("reviewDecision", "RETURN", "reviewComment", "请补充备用联系人邮箱"));

        assertThat(instance).isWaitingAt("Task_CorrectEntry");
        assertThat(instance).variables().containsEntry("reviewComment", "请补充备用联系人邮箱");
        complete(task(instance), EntryFormFields.toVariables(entry));

        assertThat(instance).isWaitingAt("Task_SupervisorReview");
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "customerNumber")).isEqualTo(number);
        assertThat(instance).variables().doesNotContainKey("reviewComment");
        assertThat(support.count("SELECT COUNT(*) FROM customer WHERE name = ?", entry.customer().name())).isEqualTo(1);
    }

    @Test
    void aDuplicateCanBeAttachedToTheExistingCustomer() {
        EntrySubmission first = EntryExamples.company();
        ProcessInstance original = support.submitStartForm("sales1", first);
        String number = (String) engine.getRuntimeService().getVariable(original.getId(), "customerNumber");
        EntrySubmission other = EntryExamples.company();
        EntrySubmission sameName = EntryExamples.withCustomer(other, EntryExamples.name(other.customer(), first.customer().name()));

        ProcessInstance duplicate = support.submitStartForm("sales1", sameName);

        assertThat(duplicate).isWaitingAt("Task_ResolveDuplicate");
        assertThat(duplicate).variables().containsEntry("duplicateCustomerNumber", number);
        complete(task(duplicate), withVariables("duplicateResolution", "ATTACH"));
        assertThat(duplicate).isEnded().hasPassed("EndEvent_Attached");
        assertThat(support.count("SELECT COUNT(*) FROM emergency_contact ec JOIN customer c ON c.id = ec.customer_id WHERE c.customer_number = ?", number)).isEqualTo(4);
        assertThat(support.count("SELECT COUNT(*) FROM customer WHERE name = ?", first.customer().name())).isEqualTo(1);
    }

    @Test
    void aDuplicateConfirmedAsDifferentIsCreatedAndReviewed() {
        EntrySubmission first = EntryExamples.company();
        support.submitStartForm("sales1", first);
        EntrySubmission other = EntryExamples.company();
        EntrySubmission samePhone = EntryExamples.withCustomer(other, EntryExamples.phone(other.customer(), first.customer().phone()));

        ProcessInstance duplicate = support.submitStartForm("sales1", samePhone);
        assertThat(duplicate).isWaitingAt("Task_ResolveDuplicate");
        assertThatThrownBy(() -> tasks.complete(task(duplicate).getId(), Map.of("duplicateResolution", "MAYBE")))
                .hasMessageContaining("如何处理");
        complete(task(duplicate), withVariables("duplicateResolution", "DIFFERENT"));

        assertThat(duplicate).isWaitingAt("Task_SupervisorReview");
        assertThat(support.count("SELECT COUNT(*) FROM customer WHERE name = ?", other.customer().name())).isEqualTo(1);
    }

    @Test
    void anotherTeamsCustomerIsNeitherNamedNorAttachedAndItsContactsGoToItsOwner() {
        EntrySubmission theirs = EntryExamples.company();
        ProcessInstance original = support.submitStartForm("sales2", theirs);
        String number = (String) engine.getRuntimeService().getVariable(original.getId(), "customerNumber");
        EntrySubmission other = EntryExamples.company();
        EntrySubmission sameName = EntryExamples.withCustomer(other, EntryExamples.name(other.customer(), theirs.customer().name()));

        ProcessInstance duplicate = support.submitStartForm("sales1", sameName);

        assertThat(duplicate).isWaitingAt("Task_ResolveDuplicate");
        assertThat(duplicate).variables().containsEntry("duplicateOtherTeam", true).doesNotContainKey("duplicateCustomerNumber");
        assertThat(engine.getRuntimeService().getVariables(duplicate.getId()).toString()).doesNotContain(number);
        assertThat((String) engine.getRuntimeService().getVariable(duplicate.getId(), "duplicateSummary")).contains("属于其他团队");
        // attaching is not a choice, and forged variables do not make it one
        assertThatThrownBy(() -> tasks.complete(task(duplicate).getId(), Map.of("duplicateResolution", "ATTACH")))
                .hasMessageContaining("如何处理");
        assertThatThrownBy(() -> tasks.complete(task(duplicate).getId(), Map.of("duplicateOtherTeam", false,
                "duplicateResolution", "ATTACH", "duplicateCustomerNumber", number)))
                .hasMessageContaining("只能并入您有权修改的客户");
        assertThat(support.count("SELECT COUNT(*) FROM emergency_contact ec JOIN customer c ON c.id = ec.customer_id WHERE c.customer_number = ?", number)).isEqualTo(2);

        // as in Tasklist: the entrant opens the form (nothing of the customer in it) and completes it, logged in
        String formVariables = rest.withBasicAuth("sales1", "Demo-Pass-2026")
                .getForObject("/engine-rest/task/" + task(duplicate).getId() + "/form-variables", String.class);
        assertThat(formVariables).contains("属于其他团队").doesNotContain(number);
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> completed = rest.withBasicAuth("sales1", "Demo-Pass-2026").postForEntity(
                "/engine-rest/task/" + task(duplicate).getId() + "/complete",
                new HttpEntity<>("{\"variables\": {\"otherTeamResolution\": {\"value\": \"OFFER\"}}}", json), String.class);
        assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(duplicate).isEnded().hasPassed("Task_OfferContacts", "EndEvent_OfferedToOwner");
        assertThat(support.count("SELECT COUNT(*) FROM emergency_contact ec JOIN customer c ON c.id = ec.customer_id WHERE c.customer_number = ?", number)).isEqualTo(2);
        assertThat(support.count("SELECT COUNT(*) FROM customer WHERE name = ?", theirs.customer().name())).isEqualTo(1);
        Task accept = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey("Task_AcceptContacts").singleResult();
        assertThat(accept).isNotNull();
        assertThat(accept.getAssignee()).isEqualTo("sales2");
        assertThat(support.count("SELECT COUNT(*) FROM contact_offer o JOIN customer c ON c.id = o.customer_id WHERE c.customer_number = ? AND o.offered_by = 'sales1' AND o.status = 'PENDING'", number)).isEqualTo(1);
    }

    @Test
    void anotherTeamsCustomerConfirmedAsDifferentIsCreatedAndReviewed() {
        EntrySubmission theirs = EntryExamples.company();
        support.submitStartForm("sales2", theirs);
        EntrySubmission other = EntryExamples.company();
        EntrySubmission samePhone = EntryExamples.withCustomer(other, EntryExamples.phone(other.customer(), theirs.customer().phone()));

        ProcessInstance duplicate = support.submitStartForm("sales1", samePhone);
        complete(task(duplicate), withVariables("otherTeamResolution", "DIFFERENT"));

        assertThat(duplicate).isWaitingAt("Task_SupervisorReview");
        assertThat(support.count("SELECT COUNT(*) FROM customer WHERE name = ?", other.customer().name())).isEqualTo(1);
    }

    @Test
    void anOverdueReviewEscalatesToTheDepartmentHeadAndStaysOpen() {
        ProcessInstance instance = support.submitStartForm("sales1", EntryExamples.company());
        String number = (String) engine.getRuntimeService().getVariable(instance.getId(), "customerNumber");
        Task review = task(instance);

        assertThat(job(instance).getDuedate()).isEqualTo(review.getDueDate());
        ClockUtil.setCurrentTime(Date.from(FRIDAY_MORNING.plusSeconds(3 * 24 * 3600 + 60)));
        execute(job(instance));

        assertThat(instance).isWaitingAt("Task_SupervisorReview").hasPassed("Task_EscalateReview");
        assertThat(task(instance).getId()).isEqualTo(review.getId());
        assertThat(task(instance)).isAssignedTo("sup1");
        assertThat(tasks.getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getUserId).contains("mgr1");
        assertThat(support.count("SELECT COUNT(*) FROM review_escalation WHERE task_id = ? AND escalated_to = 'mgr1'", review.getId())).isEqualTo(1);
        assertThat(support.count("SELECT COUNT(*) FROM outbox WHERE recipient = 'mgr1@lifeline.local' AND subject LIKE ?", "%" + number + "%")).isEqualTo(1);
    }

    // POST /api/entries takes the same path: Task_CheckEntry answers the caller in the start's transaction

    @Test
    void anApiEntryIsCheckedInTheProcessAndWaitsForTheReview() {
        SubmittedEntry entry = submissions.submit(EntryExamples.company(), null, SALES1);

        assertThat(entry.kind()).isEqualTo(SubmittedEntry.Kind.CREATED);
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(entry.customerNumber()).singleResult();
        assertThat(instance).hasPassed("Task_CheckEntry", "Task_SaveCustomer").isWaitingAt("Task_SupervisorReview");
        assertThat(instance).variables().containsEntry("entryOutcome", "VALID")
                .doesNotContainKeys("apiEntryRequest", "entryPrechecked");
        assertThat(task(instance)).isAssignedTo("sup1");
    }

    @Test
    void anInvalidApiEntryEndsRefusedAndNothingOfItStays() {
        EntrySubmission good = EntryExamples.company();
        EntrySubmission bad = EntryExamples.withCustomer(good, EntryExamples.phone(good.customer(), "12345"));
        int drafts = support.count("SELECT COUNT(*) FROM entry_draft");
        long instances = history.createHistoricProcessInstanceQuery().processDefinitionKey("customer-entry").count();

        assertThatThrownBy(() -> submissions.submit(bad, null, SALES1))
                .isInstanceOfSatisfying(EntryRejectedException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).contains("customer.phone"));

        assertThat(support.count("SELECT COUNT(*) FROM entry_draft")).isEqualTo(drafts);
        assertThat(support.count("SELECT COUNT(*) FROM customer WHERE name = ?", good.customer().name())).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("customer-entry").count())
                .isEqualTo(instances);
    }

    @Test
    void aDuplicateApiEntryIsRefusedUntilItAttachesToTheNamedCustomer() {
        EntrySubmission first = EntryExamples.company();
        String number = submissions.submit(first, null, SALES1).customerNumber();
        EntrySubmission other = EntryExamples.company();
        EntrySubmission sameName = EntryExamples.withCustomer(other, EntryExamples.name(other.customer(), first.customer().name()));

        assertThatThrownBy(() -> submissions.submit(sameName, null, SALES1))
                .isInstanceOfSatisfying(DuplicateEntryException.class,
                        e -> assertThat(e.duplicate().customerNumber()).isEqualTo(number));
        assertThatThrownBy(() -> submissions.submit(sameName,
                new DuplicateResolution(DuplicateResolution.Action.ATTACH, "XX2026999"), SALES1))
                .isInstanceOf(DuplicateEntryException.class);

        SubmittedEntry attached = submissions.submit(sameName,
                new DuplicateResolution(DuplicateResolution.Action.ATTACH, number), SALES1);

        assertThat(attached.kind()).isEqualTo(SubmittedEntry.Kind.ATTACHED);
        assertThat(attached.customerNumber()).isEqualTo(number);
        String instanceId = history.createHistoricProcessInstanceQuery().processDefinitionKey("customer-entry")
                .variableValueEquals("duplicateCustomerNumber", number).finished().singleResult().getId();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instanceId).list())
                .extracting(a -> a.getActivityId())
                .contains("Task_CheckEntry", "Gateway_MergeBeforeAttach", "Task_AttachContacts", "EndEvent_Attached")
                .doesNotContain("Task_ResolveDuplicate", "Task_SaveCustomer");
        assertThat(support.count("SELECT COUNT(*) FROM customer WHERE name = ?", first.customer().name())).isEqualTo(1);
        assertThat(support.count("SELECT COUNT(*) FROM emergency_contact ec JOIN customer c ON c.id = ec.customer_id WHERE c.customer_number = ?", number)).isEqualTo(4);
    }

    @Test
    void aStartWithNoFormDataAsksTheEntrantToCorrectIt() {
        ProcessInstance instance = support.submitStartForm("sales1",
                new EntrySubmission(null, List.of(), null));

        assertThat(instance).isWaitingAt("Task_CorrectEntry");
        assertThat(instance).variables().containsEntry("entryOutcome", "INVALID").containsKey("entryId");
    }
}
