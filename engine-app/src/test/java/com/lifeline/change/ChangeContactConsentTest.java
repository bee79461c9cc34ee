package com.lifeline.change;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeline.consent.ConsentGate;
import com.lifeline.consent.ConsentPurpose;
import com.lifeline.contact.EmergencyContact;
import com.lifeline.customer.CustomerService;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A contact added through a change comes with its consent, checked by the entry's rules; the consent rows are
 * appended only when the change applies (after the customer's confirmation), never while it waits, never
 * for a refused change. Through the API and through the change form.
 */
@LifelineIntegrationTest
class ChangeContactConsentTest {

    private static final String PASSWORD = "Demo-Pass-2026";
    private static final AtomicInteger PHONES = new AtomicInteger((int) (System.nanoTime() % 9000));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ChangeTestSupport support;
    @Autowired
    ChangeConfirmations confirmations;
    @Autowired
    CustomerService customers;
    @Autowired
    ConsentGate gate;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ChangeTaskFormData formData;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theConsentOfAnAddedContactIsStoredWhenTheCustomerConfirmsAndNotBefore() {
        String number = support.activeCompany();
        long customerId = customers.byNumber(number).id();
        int rowsBefore = consentRows(customerId);
        String phone = freshMobile();

        ResponseEntity<JsonNode> pending = call("sales1", HttpMethod.POST, "/api/customers/" + number + "/contacts",
                Map.of("reason", "ORGANISATION_CHANGE", "contact", newContact("钱新", phone),
                        "consent", Map.of("service", true, "emergency", true, "marketing", true,
                                "channel", "CALL_RECORDING", "evidence", "REC-" + phone)));

        assertThat(pending.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pending.getBody().get("status").asText()).isEqualTo("PENDING_CONFIRMATION");
        assertThat(consentRows(customerId)).as("nothing stored while the customer has not confirmed").isEqualTo(rowsBefore);
        assertThat(support.contacts(number)).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_change WHERE customer_number = ? AND proposal LIKE ?",
                Integer.class, number, "%REC-" + phone + "%")).as("the draft keeps the evidence sealed").isZero();

        confirmations.confirm(support.linkToken(pending.getBody().get("changeId").asLong()));

        EmergencyContact added = support.contacts(number).stream().filter(c -> c.phone().equals("+86" + phone))
                .findFirst().orElseThrow();
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM consent WHERE contact_id = ?", added.id());
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("customer_id", customerId).containsEntry("purpose_service", true)
                    .containsEntry("purpose_emergency", true).containsEntry("purpose_marketing", true)
                    .containsEntry("channel", "CALL_RECORDING").containsEntry("collected_by", "sales1");
            assertThat(row.get("superseded_at")).isNull();
            assertThat((String) row.get("evidence_ref")).as("sealed").isNotEqualTo("REC-" + phone).isNotBlank();
        });
        assertThat(consentRows(customerId)).isEqualTo(rowsBefore + 1);
        assertThat(gate.mayUse(added.id(), ConsentPurpose.EMERGENCY_NOTIFICATION)).isTrue();
        assertThat(gate.mayUse(added.id(), ConsentPurpose.MARKETING)).isTrue();
        assertThat(support.changeLog(number, "contact[" + added.id() + "].consent.SERVICE")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("new_value", "GIVEN").containsEntry("operator", "sales1"));
    }

    @Test
    void aRefusedChangeStoresNoConsentAndNoContact() {
        String number = support.activeCompany();
        long customerId = customers.byNumber(number).id();
        int rowsBefore = consentRows(customerId);
        String phone = freshMobile();

        ResponseEntity<JsonNode> pending = call("sales1", HttpMethod.POST, "/api/customers/" + number + "/contacts",
                Map.of("reason", "ORGANISATION_CHANGE", "contact", newContact("孙拒", phone),
                        "consent", Map.of("service", true, "emergency", true, "channel", "FORM", "evidence", "F-" + phone)));
        confirmations.refuse(support.linkToken(pending.getBody().get("changeId").asLong()), "我们没有这个人");

        assertThat(support.change(pending.getBody().get("changeId").asLong()).status()).isEqualTo(ChangeStatus.REJECTED);
        assertThat(consentRows(customerId)).isEqualTo(rowsBefore);
        assertThat(support.contacts(number)).hasSize(2).noneMatch(c -> c.phone().equals("+86" + phone));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM emergency_contact WHERE customer_id = ?", Integer.class,
                customerId)).isEqualTo(2);
    }

    @Test
    void missingOrInvalidConsentIsA400NamingTheFieldAndChangesNothing() {
        String number = support.activeCompany();
        long customerId = customers.byNumber(number).id();
        int version = support.version(number);
        int rowsBefore = consentRows(customerId);
        String phone = freshMobile();

        ResponseEntity<JsonNode> none = call("sales1", HttpMethod.POST, "/api/customers/" + number + "/contacts",
                Map.of("reason", "ORGANISATION_CHANGE", "contact", newContact("李无", phone)));
        ResponseEntity<JsonNode> noEmergency = call("sales1", HttpMethod.POST, "/api/customers/" + number + "/contacts",
                Map.of("reason", "ORGANISATION_CHANGE", "contact", newContact("李无", phone),
                        "consent", Map.of("service", true, "channel", "FORM", "evidence", "F-" + phone)));
        ResponseEntity<JsonNode> badChannel = call("sales1", HttpMethod.POST, "/api/customers/" + number + "/contacts",
                Map.of("reason", "ORGANISATION_CHANGE", "contact", newContact("李无", phone),
                        "consent", Map.of("service", true, "emergency", true, "channel", "EMAIL", "evidence", "F-" + phone)));

        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(none)).contains("contact[new].consent.service", "contact[new].consent.emergency",
                "contact[new].consent.channel", "contact[new].consent.evidence");
        assertThat(noEmergency.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(noEmergency)).containsExactly("contact[new].consent.emergency");
        assertThat(badChannel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(badChannel)).containsExactly("contact[new].consent.channel");
        assertThat(badChannel.getBody().at("/errors/0/message").asText()).isEqualTo("不是可选的值");
        assertThat(support.version(number)).isEqualTo(version);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_change WHERE customer_number = ?", Integer.class,
                number)).isZero();
        assertThat(consentRows(customerId)).isEqualTo(rowsBefore);
        assertThat(support.contacts(number)).hasSize(2);
    }

    @Test
    void theChangeFormCollectsTheNewContactsConsentAndKeepsItOutOfTheEngine() {
        String number = support.activeCompany();
        long customerId = customers.byNumber(number).id();
        int rowsBefore = consentRows(customerId);
        String phone = freshMobile();
        String instanceId = runtime.startProcessInstanceByKey(CustomerChanges.PROCESS_KEY,
                Map.of("customerNumber", number, "changeReason", "ORGANISATION_CHANGE")).getId();
        Task edit = support.task(instanceId, "Task_EditChange");
        Map<String, Object> values = formData.valuesFor(edit);
        assertThat(values).containsEntry("currentContacts", 2);

        // recordVersion is read-only: left out, the change applies to the current version
        Map<String, Object> form = new HashMap<>(Map.of("c3Name", "周表", "c3Relation", "LEGAL", "c3Phone", phone, "c3Scope", "法务应急", "c3Informed", true));
        assertThatThrownBy(() -> support.completeAs("sales1", edit.getId(), form)).satisfies(e -> assertThat(refusal(e).problems())
                .extracting(p -> p.field()).contains("contact[new].consent.service", "contact[new].consent.evidence"));
        assertThat(support.task(instanceId, "Task_EditChange")).as("the task stays open").isNotNull();

        form.putAll(Map.of("c3ConsentService", true, "c3ConsentEmergency", true, "c3ConsentMarketing", false,
                "c3ConsentChannel", "SIGNED_LETTER", "c3ConsentEvidence", "SL-" + phone));
        support.completeAs("sales1", edit.getId(), form);

        long changeId = (Long) runtime.getVariable(instanceId, ChangeVariables.CHANGE_ID);
        assertThat(support.change(changeId).status()).isEqualTo(ChangeStatus.PENDING_CONFIRMATION);
        assertThat(runtime.getVariables(instanceId).keySet()).noneMatch(k -> k.startsWith("c3"));
        assertThat(consentRows(customerId)).isEqualTo(rowsBefore);

        confirmations.confirm(support.linkToken(changeId));

        EmergencyContact added = support.contacts(number).stream().filter(c -> c.phone().equals("+86" + phone))
                .findFirst().orElseThrow();
        assertThat(jdbc.queryForList("SELECT channel, purpose_service, purpose_emergency, purpose_marketing, collected_by"
                + " FROM consent WHERE contact_id = ?", added.id())).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("channel", "SIGNED_LETTER").containsEntry("purpose_service", true)
                .containsEntry("purpose_emergency", true).containsEntry("purpose_marketing", false)
                .containsEntry("collected_by", "sales1"));
        assertThat(gate.mayUse(added.id(), ConsentPurpose.MARKETING)).isFalse();
    }


    /** The refusal, also when the engine wrapped it (a task listener's exception). */
    private static ChangeRefusedException refusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ChangeRefusedException refused) {
                return refused;
            }
        }
        throw new AssertionError("not a refused change: " + thrown, thrown);
    }

    private static Map<String, Object> newContact(String name, String phone) {
        return Map.of("name", name, "relation", "LEGAL", "phone", phone, "scope", "法务应急", "informed", true);
    }

    private static String freshMobile() {
        return String.format("177%08d", 10_000_000 + PHONES.incrementAndGet() * 7 % 90_000_000);
    }

    private int consentRows(long customerId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM consent WHERE customer_id = ?", Integer.class, customerId);
    }

    private static List<String> fields(ResponseEntity<JsonNode> response) {
        List<String> fields = new ArrayList<>();
        response.getBody().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, PASSWORD).exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
