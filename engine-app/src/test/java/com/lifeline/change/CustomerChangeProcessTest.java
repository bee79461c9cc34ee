package com.lifeline.change;

import com.lifeline.contact.EmergencyContact;
import com.lifeline.customer.CustomerService;
import com.lifeline.entry.EntrySubmission.CustomerPart;
import com.lifeline.support.EngineClock;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

/** Walks every path of processes/customer-change.bpmn on the real engine and database, timers by the engine clock. */
@LifelineIntegrationTest
class CustomerChangeProcessTest {

    /** Friday 2026-12-04 10:00 in Shanghai: five working days later is Friday 2026-12-11 10:00. */
    private static final Instant FRIDAY_MORNING = ZonedDateTime.parse("2026-12-04T10:00:00+08:00[Asia/Shanghai]").toInstant();

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    RepositoryService repository;
    @Autowired
    IdentityService identity;
    @Autowired
    HistoryService history;
    @Autowired
    ChangeTestSupport support;
    @Autowired
    ChangeConfirmations confirmations;
    @Autowired
    CustomerService customers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChangeTaskFormData formData;

    @RegisterExtension
    final EngineClock clock = EngineClock.startingAt(FRIDAY_MORNING);

    @Test
    void aChangeWithoutKeyFieldsAppliesAtOnce() {
        String number = support.activeCompany();

        ChangeStarter.Outcome outcome = support.changeCustomer(number, new CustomerPart(null, null, null, "new-" + number.toLowerCase() + "@example.com",
                null, null, null, null, null, null, null, null, null, null, null, "只在工作日联系", null, null));

        assertThat(outcome.status()).isEqualTo(ChangeStatus.APPLIED);
        endedThrough(outcome.processInstanceId(), "Gateway_Drafted", "Task_ApplyChange", "EndEvent_Applied");
        assertThat(customers.byNumber(number).email()).isEqualTo("new-" + number.toLowerCase() + "@example.com");
        assertThat(customers.byNumber(number).preferences()).isEqualTo("只在工作日联系");
        assertThat(support.changeLog(number, "customer.email").get(0))
                .containsEntry("operator", "sales1").containsEntry("reason", "更正错误")
                .containsEntry("process_instance_id", outcome.processInstanceId());
    }

    @Test
    void aKeyFieldWaitsForTheCustomerAndTheLinkAppliesIt() {
        String number = support.activeCompany();
        EmergencyContact first = support.contacts(number).get(0);

        ChangeStarter.Outcome outcome = support.changePhoneOfFirstContact(number, "13800138111");

        assertThat(outcome.status()).isEqualTo(ChangeStatus.PENDING_CONFIRMATION);
        ProcessInstance instance = support.instance(outcome);
        assertThat(instance).hasPassed("Task_ApplyChange", "Task_AskCustomer").isWaitingAt("Gateway_AwaitCustomer");
        assertThat(support.contacts(number).get(0).phone()).isEqualTo(first.phone());

        confirmations.confirm(support.linkToken(outcome.changeId()));

        assertThat(instance).hasPassed("Event_Confirmed", "Gateway_MergeConfirmed", "EndEvent_Confirmed").isEnded();
        assertThat(support.contacts(number).get(0).phone()).isEqualTo("+8613800138111");
        assertThat(support.change(outcome.changeId()).confirmedVia()).isEqualTo("LINK");
    }

    @Test
    void theCustomerSaysItIsNotRightAndTheOwnerWithdrawsIt() {
        String number = support.activeCompany();
        String before = support.contacts(number).get(0).phone();
        ChangeStarter.Outcome outcome = support.changePhoneOfFirstContact(number, "13800138112");

        confirmations.refuse(support.linkToken(outcome.changeId()), "这个号码不是我们的");

        ProcessInstance instance = support.instance(outcome);
        assertThat(instance).hasPassed("Event_Refused", "Gateway_MergeRefused").isWaitingAt("Task_ReviewRefusal");
        Task review = support.task(instance.getId(), "Task_ReviewRefusal");
        assertThat(review.getAssignee()).isEqualTo("sales1");
        assertThat(review.getName()).startsWith("客户不认可变更 " + number);
        assertThat(support.contacts(number).get(0).phone()).isEqualTo(before);

        tasks.complete(review.getId(), Map.of("refusalDecision", "WITHDRAW"));

        assertThat(instance).hasPassed("Gateway_RefusalDecision", "EndEvent_Withdrawn").isEnded();
        assertThat(support.change(outcome.changeId()).status()).isEqualTo(ChangeStatus.WITHDRAWN);
        assertThat(support.contacts(number).get(0).phone()).isEqualTo(before);
    }

    @Test
    void aRefusedChangeIsRevisedInTheFormAndConfirmedByPhone() {
        String number = support.activeCompany();
        ChangeStarter.Outcome outcome = support.changePhoneOfFirstContact(number, "13800138113");
        confirmations.refuse(support.linkToken(outcome.changeId()), "号码少了一位");
        ProcessInstance instance = support.instance(outcome);
        tasks.complete(support.task(instance.getId(), "Task_ReviewRefusal").getId(), Map.of("refusalDecision", "REVISE"));

        assertThat(instance).hasPassed("Gateway_MergeBeforeEdit").isWaitingAt("Task_EditChange");
        Task edit = support.task(instance.getId(), "Task_EditChange");
        assertThat(edit.getAssignee()).isEqualTo("sales1");
        Map<String, Object> values = formData.valuesFor(edit);
        assertThat(values.get("c1Phone")).isEqualTo(support.contacts(number).get(0).phone());
        assertThat((String) values.get("changeContext")).contains("号码少了一位");

        tasks.complete(edit.getId(), Map.of("c1Phone", "13800138114", "recordVersion", values.get("recordVersion")));

        long revised = (Long) runtime.getVariable(instance.getId(), ChangeVariables.CHANGE_ID);
        assertThat(revised).isNotEqualTo(outcome.changeId());
        assertThat(instance).isWaitingAt("Gateway_AwaitCustomer");
        confirmations.confirmByPhone("sales1", revised, "客户电话确认新号码无误");

        assertThat(instance).hasPassed("Gateway_MergeConfirmed", "EndEvent_Confirmed").isEnded();
        assertThat(support.contacts(number).get(0).phone()).isEqualTo("+8613800138114");
        assertThat(support.change(revised).confirmedVia()).isEqualTo("PHONE");
    }

    @Test
    void noAnswerInFiveWorkingDaysRemindsAndTheCustomerThenConfirms() {
        String number = support.activeCompany();
        ChangeStarter.Outcome outcome = support.changePhoneOfFirstContact(number, "13800138115");
        ProcessInstance instance = support.instance(outcome);

        assertThat(job("Event_NoAnswer", instance).getDuedate())
                .isEqualTo(Date.from(ZonedDateTime.parse("2026-12-11T10:00:00+08:00[Asia/Shanghai]").toInstant()));
        execute(job("Event_NoAnswer", instance));

        assertThat(instance).hasPassed("Task_RemindCustomer").isWaitingAt("Gateway_AwaitAfterReminder");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE idempotency_key = ?", Integer.class,
                "change-" + outcome.changeId() + "-reminder-email")).isEqualTo(1);

        confirmations.confirm(support.linkToken(outcome.changeId()));
        assertThat(instance).hasPassed("Event_ConfirmedAfterReminder", "EndEvent_Confirmed").isEnded();
        assertThat(support.contacts(number).get(0).phone()).isEqualTo("+8613800138115");
    }

    @Test
    void afterTheReminderTheCustomerSaysItIsNotRight() {
        String number = support.activeCompany();
        ChangeStarter.Outcome outcome = support.changePhoneOfFirstContact(number, "13800138116");
        ProcessInstance instance = support.instance(outcome);
        execute(job("Event_NoAnswer", instance));

        confirmations.refuse(support.linkToken(outcome.changeId()), "不是这个号码");

        assertThat(instance).hasPassed("Event_RefusedAfterReminder").isWaitingAt("Task_ReviewRefusal");
    }

    @Test
    void tenWorkingDaysWithoutAnswerGiveTheOwnerACallThatConfirms() {
        String number = support.activeCompany();
        ChangeStarter.Outcome outcome = support.changePhoneOfFirstContact(number, "13800138117");
        ProcessInstance instance = support.instance(outcome);
        execute(job("Event_NoAnswer", instance));
        execute(job("Event_NoAnswerAfterReminder", instance));

        Task call = support.task(instance.getId(), "Task_CallCustomer");
        assertThat(call.getAssignee()).isEqualTo("sales1");
        assertThat(call.getName()).startsWith("电话联系客户 " + number);
        assertThat((String) formData.valuesFor(call).get("changeSummary")).contains("+8613800138117");
        tasks.complete(call.getId(), Map.of("callOutcome", "CONFIRMED", "callNote", "客户确认新号码"));

        assertThat(instance).hasPassed("Gateway_CallOutcome", "Gateway_MergeConfirmed", "EndEvent_Confirmed").isEnded();
        assertThat(support.contacts(number).get(0).phone()).isEqualTo("+8613800138117");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(ChangeVariables.CALL_NOTE).count()).isZero();
    }

    @Test
    void aCallThatFindsTheChangeWrongGoesBackToTheOwner() {
        String number = support.activeCompany();
        String before = support.contacts(number).get(0).phone();
        ChangeStarter.Outcome outcome = support.changePhoneOfFirstContact(number, "13800138118");
        ProcessInstance instance = support.instance(outcome);
        execute(job("Event_NoAnswer", instance));
        execute(job("Event_NoAnswerAfterReminder", instance));

        tasks.complete(support.task(instance.getId(), "Task_CallCustomer").getId(),
                Map.of("callOutcome", "UNREACHABLE", "callNote", "两次未接通"));

        assertThat(instance).hasPassed("Gateway_CallOutcome").isWaitingAt("Task_ReviewRefusal");
        assertThat(support.change(outcome.changeId()).status()).isEqualTo(ChangeStatus.REJECTED);
        assertThat(support.contacts(number).get(0).phone()).isEqualTo(before);
    }

    @Test
    void startedInTasklistTheInitiatorFillsInTheForm() {
        String number = support.activeCompany();
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey(CustomerChanges.PROCESS_KEY)
                .latestVersion().singleResult().getId();
        identity.setAuthentication("sup1", java.util.List.of("supervisors"));
        ProcessInstance instance;
        try {
            instance = forms.submitStartForm(definition, Map.of("customerNumber", number, "changeReason", "OTHER",
                    "changeReasonText", "年度资料整理"));
        } finally {
            identity.clearAuthentication();
        }

        assertThat(instance).hasPassed("Gateway_Drafted", "Gateway_MergeBeforeEdit").isWaitingAt("Task_EditChange");
        Task edit = support.task(instance.getId(), "Task_EditChange");
        assertThat(edit.getAssignee()).isEqualTo("sup1");
        Object version = formData.valuesFor(edit).get("recordVersion");
        tasks.complete(edit.getId(), Map.of("tags", "年度整理", "recordVersion", version));

        assertThat(instance).hasPassed("Task_ApplyChange", "EndEvent_Applied").isEnded();
        assertThat(customers.byNumber(number).tags()).isEqualTo("年度整理");
        assertThat(support.changeLog(number, "customer.tags").get(0)).containsEntry("operator", "sup1")
                .containsEntry("reason", "其他:年度资料整理");
    }

    @Test
    void tasklistSendsBackTheReadOnlyVersionItWasShownAndAChangedOneIsRefused() {
        String number = support.activeCompany();
        String instanceId = runtime.startProcessInstanceByKey(CustomerChanges.PROCESS_KEY,
                Map.of("customerNumber", number, "changeReason", "ERROR_CORRECTION")).getId();
        Task edit = support.task(instanceId, "Task_EditChange");
        // served from the store when the form opens, never a process variable
        Object shown = formData.valuesFor(edit).get("recordVersion");
        assertThat(runtime.getVariable(instanceId, "recordVersion")).isNull();

        assertThatThrownBy(() -> support.completeAs("sales1", edit.getId(),
                Map.of("tags", "改了版本", "recordVersion", String.valueOf(support.version(number) + 5))))
                .hasMessageContaining("recordVersion").hasMessageContaining("只读");
        assertThat(customers.byNumber(number).tags()).isNotEqualTo("改了版本");

        support.completeAs("sales1", edit.getId(), Map.of("tags", "表单原样提交", "recordVersion", shown));
        assertThat(customers.byNumber(number).tags()).isEqualTo("表单原样提交");
    }

    /** As Tasklist completes a task: the logged-in user's own command, so the form guard checks it. */

    @Test
    void startedByAnotherProcessTheOwnerFillsInTheForm() {
        String number = support.activeCompany();

        ProcessInstance instance = runtime.startProcessInstanceByKey(CustomerChanges.PROCESS_KEY,
                Map.of("customerNumber", number, "changeReason", "VERIFICATION_RESULT"));

        assertThat(instance).isWaitingAt("Task_EditChange");
        assertThat(support.task(instance.getId(), "Task_EditChange").getAssignee()).isEqualTo("sales1");
    }

    /** The instance ended, through these activities. */
    private void endedThrough(String processInstanceId, String... activityIds) {
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).list())
                .extracting(a -> a.getActivityId()).contains(activityIds);
    }
}
