package com.lifeline.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeline.entry.DuplicateResolution;
import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntrySubmission;
import com.lifeline.entry.EntrySubmissions;
import com.lifeline.entry.SubmittedEntry;
import com.lifeline.security.CurrentUser;
import com.lifeline.support.EngineClock;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * Every path of processes/contact-offer.bpmn: sales1 (who may not see sales2's customers) enters a
 * customer of sales2's again and offers the contacts; sales2 accepts them or rejects them with a reason.
 */
@LifelineIntegrationTest
class ContactOfferProcessTest {

    /** Friday 2026-12-04 10:00 in Shanghai: two working days later is Tuesday 10:00. */
    private static final Instant FRIDAY_MORNING = ZonedDateTime.parse("2026-12-04T10:00:00+08:00[Asia/Shanghai]").toInstant();
    private static final CurrentUser SALES1 = new CurrentUser("sales1", List.of("sales"));
    private static final CurrentUser SALES2 = new CurrentUser("sales2", List.of("sales"));

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    EntrySubmissions submissions;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @RegisterExtension
    final EngineClock clock = EngineClock.startingAt(FRIDAY_MORNING);

    @Test
    void theOwnerSeesTheOfferedContactsAndAcceptingAddsThem() {
        EntrySubmission theirs = EntryExamples.company();
        String number = submissions.submit(theirs, null, SALES2).customerNumber();
        EntrySubmission mine = duplicateOf(theirs);

        SubmittedEntry offered = submissions.submit(mine, new DuplicateResolution(DuplicateResolution.Action.OFFER_TO_OWNER, null), SALES1);

        ProcessInstance instance = offerProcess(offered.offerId());
        assertThat(instance).isWaitingAt("Task_AcceptContacts");
        assertThat(instance.getBusinessKey()).isEqualTo(number);
        Task accept = task(instance);
        assertThat(accept).isAssignedTo("sales2");
        assertThat(accept.getName()).isEqualTo("接收联系人 " + number + " " + theirs.customer().name());
        assertThat(accept.getDueDate()).isEqualTo(Date.from(FRIDAY_MORNING.plusSeconds(4 * 24 * 3600)));
        assertThat(runtime.getVariables(instance.getId()).toString())
                .doesNotContain(mine.contacts().get(0).name()).doesNotContain(mine.contacts().get(0).phone());

        // the form shows the offered contacts to the owner only, read from the store as Tasklist opens it
        ResponseEntity<JsonNode> form = rest.withBasicAuth("sales2", "Demo-Pass-2026")
                .getForEntity("/engine-rest/task/" + accept.getId() + "/form-variables", JsonNode.class);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody().at("/offerSummary/value").asText())
                .contains(mine.contacts().get(0).name(), mine.contacts().get(1).name(), "+86" + mine.contacts().get(0).phone())
                .contains("sales1");
        assertThat(rest.withBasicAuth("sales1", "Demo-Pass-2026")
                .getForEntity("/engine-rest/task/" + accept.getId() + "/form-variables", String.class).getBody())
                .doesNotContain(mine.contacts().get(0).name());

        assertThatThrownBy(() -> tasks.complete(accept.getId(), Map.of("offerDecision", "MAYBE")))
                .hasMessageContaining("是否接收");
        complete(accept, withVariables("offerDecision", "ACCEPT"));

        assertThat(instance).isEnded().hasPassed("Task_AddContacts", "EndEvent_ContactsAdded");
        assertThat(count("SELECT COUNT(*) FROM emergency_contact ec JOIN customer c ON c.id = ec.customer_id WHERE c.customer_number = ?", number)).isEqualTo(4);
        // the customer's own consent, one per contact: two at entry, two accepted (collected by the entrant)
        assertThat(count("SELECT COUNT(*) FROM consent co JOIN customer c ON c.id = co.customer_id WHERE c.customer_number = ? AND co.collected_by = 'sales1'", number)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM change_log cl JOIN customer c ON c.id = cl.customer_id WHERE c.customer_number = ? AND cl.field = 'contact' AND cl.operator = 'sales2'", number)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE customer_number = ? AND actor = 'sales2' AND action = 'CHANGE' AND detail = 'contacts'", number)).isEqualTo(1);
        Map<String, Object> offer = offerRow(offered.offerId());
        assertThat(offer).containsEntry("status", "ACCEPTED").containsEntry("decided_by", "sales2").containsEntry("contacts_added", 2);
        assertThat(offer.get("payload")).isNull();
        Map<String, Object> notice = notice("contact-offer-accepted-" + offered.offerId());
        assertThat(notice).containsEntry("recipient", "sales1@lifeline.local");
        assertThat(notice.get("subject") + " " + notice.get("body")).contains("已被接收", "2 位")
                .doesNotContain(number).doesNotContain(mine.contacts().get(0).name()).doesNotContain(theirs.customer().name());
    }

    @Test
    void rejectingNeedsAReasonDeletesTheOfferedContactsAndTellsTheEntrant() {
        EntrySubmission theirs = EntryExamples.company();
        String number = submissions.submit(theirs, null, SALES2).customerNumber();
        EntrySubmission mine = duplicateOf(theirs);
        SubmittedEntry offered = submissions.submit(mine, new DuplicateResolution(DuplicateResolution.Action.OFFER_TO_OWNER, null), SALES1);
        ProcessInstance instance = offerProcess(offered.offerId());

        assertThatThrownBy(() -> tasks.complete(task(instance).getId(), Map.of("offerDecision", "REJECT", "offerRejectReason", " ")))
                .hasMessageContaining("不接收的理由");
        assertThatThrownBy(() -> tasks.complete(task(instance).getId(), Map.of("offerDecision", "REJECT", "offerRejectReason", "<b>")))
                .hasMessageContaining("不接收的理由");
        complete(task(instance), withVariables("offerDecision", "REJECT", "offerRejectReason", "这两位已不在该公司任职"));

        assertThat(instance).isEnded().hasPassed("Task_DiscardContacts", "EndEvent_ContactsDiscarded");
        assertThat(count("SELECT COUNT(*) FROM emergency_contact ec JOIN customer c ON c.id = ec.customer_id WHERE c.customer_number = ?", number)).isEqualTo(2);
        Map<String, Object> offer = offerRow(offered.offerId());
        assertThat(offer).containsEntry("status", "REJECTED").containsEntry("decided_by", "sales2")
                .containsEntry("decision_reason", "这两位已不在该公司任职");
        assertThat(offer.get("payload")).as("offered contacts deleted").isNull();
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE customer_number = ? AND actor = 'sales2' AND action = 'DELETE'", number)).isEqualTo(1);
        Map<String, Object> notice = notice("contact-offer-rejected-" + offered.offerId());
        assertThat(notice).containsEntry("recipient", "sales1@lifeline.local");
        assertThat(notice.get("subject") + " " + notice.get("body")).contains("未被接收", "这两位已不在该公司任职")
                .doesNotContain(number).doesNotContain(mine.contacts().get(0).name()).doesNotContain(theirs.customer().name());
    }

    /** Another company with the same registered name (a duplicate by name), its own two contacts. */
    private static EntrySubmission duplicateOf(EntrySubmission theirs) {
        EntrySubmission mine = EntryExamples.company();
        return EntryExamples.withCustomer(mine, EntryExamples.name(mine.customer(), theirs.customer().name()));
    }

    private ProcessInstance offerProcess(long offerId) {
        return runtime.createProcessInstanceQuery().processInstanceId(
                (String) offerRow(offerId).get("process_instance_id")).singleResult();
    }

    private Map<String, Object> offerRow(long offerId) {
        return jdbc.queryForMap("SELECT * FROM contact_offer WHERE id = ?", offerId);
    }

    private Map<String, Object> notice(String key) {
        return jdbc.queryForMap("SELECT recipient, subject, body FROM outbox WHERE idempotency_key = ?", key);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
