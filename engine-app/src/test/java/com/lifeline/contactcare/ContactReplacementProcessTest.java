package com.lifeline.contactcare;

import com.lifeline.contact.EmergencyContact;
import com.lifeline.support.EngineClock;
import com.lifeline.support.LifelineIntegrationTest;
import com.lifeline.web.TaskInputException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

/**
 * Walks every path of processes/contact-replacement.bpmn on the real engine and database: a contact
 * marked unreachable opens the replacement only when fewer than two valid contacts remain.
 */
@LifelineIntegrationTest
class ContactReplacementProcessTest {

    /** Thursday 2026-12-03 10:00 in Shanghai: five working days later is Thursday 2026-12-10 10:00. */
    private static final Instant THURSDAY_MORNING = ZonedDateTime.parse("2026-12-03T10:00:00+08:00[Asia/Shanghai]").toInstant();
    private static final Instant FIVE_WORKING_DAYS_LATER = ZonedDateTime.parse("2026-12-10T10:00:00+08:00[Asia/Shanghai]").toInstant();

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ContactReachability reachability;
    @Autowired
    ContactCareTestSupport support;
    @Autowired
    JdbcTemplate jdbc;

    @RegisterExtension
    final EngineClock clock = EngineClock.startingAt(THURSDAY_MORNING);

    @Test
    void withTwoValidContactsLeftNoReplacementIsAsked() {
        String number = support.enterWithThreeContacts();

        reachability.markUnreachable(number, support.contactId(number, 2), "电话已停机", "sales1");

        assertThat(instanceOf(number)).isNull();
        assertThat(support.contacts(number)).extracting(EmergencyContact::status).containsExactly("VALID", "VALID", "INVALID");
    }

    @Test
    void theOwnerObtainsAReplacementThatJoinsTheRecordWithItsConsent() {
        String number = support.enterWithTwoContacts();
        long invalid = support.contactId(number, 1);

        reachability.markUnreachable(number, invalid, "多次拨打无人接听,邮件退回", "sales1");

        ProcessInstance instance = instanceOf(number);
        assertThat(instance).isWaitingAt("Task_ObtainReplacement");
        Task task = task(instance);
        assertThat(task.getName()).isEqualTo("补充紧急联系人 " + number);
        assertThat(task.getAssignee()).isEqualTo("sales1");
        assertThat(task.getDueDate()).isEqualTo(Date.from(FIVE_WORKING_DAYS_LATER));
        assertThat(runtime.getVariable(instance.getId(), "invalidContactId")).isEqualTo(invalid);

        tasks.complete(task.getId(), replacement("13698761234"));

        assertThat(instance).hasPassed("EndEvent_ContactReplaced").isEnded();
        List<EmergencyContact> contacts = support.contacts(number);
        assertThat(contacts).extracting(EmergencyContact::status).containsExactly("VALID", "INVALID", "VALID");
        EmergencyContact added = contacts.get(2);
        assertThat(added.phone()).isEqualTo("+8613698761234");
        assertThat(added.informed()).isTrue();
        assertThat(jdbc.queryForMap("SELECT purpose_service, purpose_emergency, purpose_marketing, channel, collected_by"
                + " FROM consent WHERE contact_id = ?", added.id()))
                .containsEntry("purpose_emergency", true).containsEntry("purpose_marketing", false)
                .containsEntry("channel", "CALL_RECORDING").containsEntry("collected_by", "sales1");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM change_log WHERE customer_id = ? AND field = 'contact'"
                + " AND reason = ?", Integer.class, support.customerId(number), ContactReplacements.REASON)).isEqualTo(1);
        // the person's details never reached the engine's history
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .list()).extracting(v -> v.getName()).doesNotContain("contactName", "contactPhone", "consentEvidence");
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance.getId()).list()).allSatisfy(
                d -> assertThat(d.toString()).doesNotContain("13698761234"));
    }

    @Test
    void aReplacementThatBreaksAnEntryRuleKeepsTheTaskOpenAndStoresNothing() {
        String number = support.enterWithTwoContacts();
        reachability.markUnreachable(number, support.contactId(number, 0), "号码已变更为他人使用", "sales1");
        Task task = task(instanceOf(number));

        Map<String, Object> notInformed = replacement("13698765432");
        notInformed.put("contactInformed", false);
        assertThatThrownBy(() -> tasks.complete(task.getId(), notInformed)).hasRootCauseInstanceOf(TaskInputException.class)
                .hasMessageContaining("contact.informed");
        Map<String, Object> noConsent = replacement("13698765432");
        noConsent.put("consentEmergency", false);
        assertThatThrownBy(() -> tasks.complete(task.getId(), noConsent)).hasRootCauseInstanceOf(TaskInputException.class)
                .hasMessageContaining("consent.emergency");
        Map<String, Object> badPhone = replacement("12345");
        assertThatThrownBy(() -> tasks.complete(task.getId(), badPhone)).hasRootCauseInstanceOf(TaskInputException.class)
                .hasMessageContaining("contact.phone");
        String existingPhone = support.contacts(number).get(1).phone();
        assertThatThrownBy(() -> tasks.complete(task.getId(), replacement(existingPhone)))
                .hasRootCauseInstanceOf(TaskInputException.class).hasMessageContaining("contact.phone");

        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(support.contacts(number)).hasSize(2);
    }

    @Test
    void aReplacementNotObtainedInFiveWorkingDaysGoesToTheOwnersSupervisorAndStaysOpen() {
        String number = support.enterWithTwoContacts();
        reachability.markUnreachable(number, support.contactId(number, 1), "联系人已离职", "sales1");
        ProcessInstance instance = instanceOf(number);

        ClockUtil.setCurrentTime(Date.from(FIVE_WORKING_DAYS_LATER.plusSeconds(60)));
        execute(job(instance));

        assertThat(instance).hasPassed("Task_EscalateToSupervisor", "EndEvent_Escalated").isWaitingAt("Task_ObtainReplacement");
        Task task = task(instance);
        assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getUserId).contains("sup1");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE recipient = 'sup1@lifeline.local'"
                + " AND idempotency_key = ?", Integer.class, "contact-replacement-overdue-" + task.getId())).isEqualTo(1);

        engine.getIdentityService().setAuthentication("sup1", List.of("supervisors"));
        try {
            tasks.complete(task.getId(), replacement("13698760001"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(instance).hasPassed("EndEvent_ContactReplaced").isEnded();
        assertThat(jdbc.queryForObject("SELECT collected_by FROM consent WHERE contact_id = ?", String.class,
                support.contacts(number).get(2).id())).isEqualTo("sup1");
    }

    @Test
    void aSecondDeadContactWhileTheReplacementIsOpenAsksNoSecondTime() {
        String number = support.enterWithTwoContacts();
        reachability.markUnreachable(number, support.contactId(number, 1), "空号", "sales1");

        reachability.markUnreachable(number, support.contactId(number, 0), "空号", "sales1");

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("contact-replacement")
                .processInstanceBusinessKey(number).count()).isEqualTo(1);
    }

    private ProcessInstance instanceOf(String number) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("contact-replacement")
                .processInstanceBusinessKey(number).singleResult();
    }

    private Task task(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_ObtainReplacement")
                .singleResult();
    }

    private static Map<String, Object> replacement(String phone) {
        Map<String, Object> form = new HashMap<>();
        form.put("contactName", "钱新");
        form.put("contactRelation", "COLLEAGUE");
        form.put("contactPhone", phone);
        form.put("contactScope", "可决定服务中断时的应急处置");
        form.put("contactReachable24h", true);
        form.put("contactInformed", true);
        form.put("consentService", true);
        form.put("consentEmergency", true);
        form.put("consentMarketing", false);
        form.put("consentChannel", "CALL_RECORDING");
        form.put("consentEvidence", "REC-2026-1203-01");
        return form;
    }
}
