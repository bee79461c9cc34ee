package com.lifeline.reverification;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeline.contact.EmergencyContact;
import com.lifeline.customer.CustomerService;
import com.lifeline.entry.EntryExamples;
import com.lifeline.support.EntryTestSupport;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The owner sends a contact a signed link; the contact confirms through it without logging in. */
@LifelineIntegrationTest
class ContactVerificationLinkTest {

    private static final String PASSWORD = "Demo-Pass-2026";
    private static final Pattern LINK = Pattern.compile("/c/contact/(\\S+)");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    EntryTestSupport entries;
    @Autowired
    CustomerService customers;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    VerificationMapper mapper;
    @Autowired
    Verifications verifications;
    @Autowired
    VerificationTaskFormData formData;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theContactConfirmsThroughTheLinkAndTheOwnersFormShowsIt() {
        long customer = activeCustomer();
        long verification = startVerification(customer);
        EmergencyContact primary = customers.contactsOf(customer).get(0);

        ResponseEntity<JsonNode> sent = send("sales1", verification, primary.id());

        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        Map<String, Object> sms = jdbc.queryForMap("SELECT recipient, body FROM outbox WHERE idempotency_key LIKE 'verification-link-%-sms'"
                + " AND body LIKE ?", "%" + numberOf(customer) + "%");
        assertThat(sms.get("recipient")).isEqualTo(primary.phone());
        assertThat((String) sms.get("body")).doesNotContain(primary.name());
        String token = token((String) sms.get("body"));

        ResponseEntity<String> page = rest.getForEntity("/c/contact/" + token, String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains(numberOf(customer), "我知悉并可被联系").doesNotContain(primary.name());

        assertThat(rest.postForEntity("/api/public/contact-verifications/" + token + "/confirm", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(jdbc.queryForMap("SELECT verification_method, verified_by, last_verified_at IS NOT NULL AS verified"
                + " FROM emergency_contact WHERE id = ?", primary.id()))
                .containsEntry("verification_method", "LINK").containsEntry("verified_by", "contact:" + primary.id());
        assertThat(mapper.outcomes(verification)).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo(ContactOutcome.CONFIRMED);
            assertThat(o.method()).isEqualTo(CheckMethod.LINK);
        });
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(numberOf(customer))
                .taskDefinitionKey("Task_VerifyContacts").singleResult();
        assertThat(formData.valuesFor(task)).containsEntry("contact1Outcome", "CONFIRMED").containsEntry("contact1Method", "LINK")
                .doesNotContainKey("contact2Outcome")
                .hasEntrySatisfying("contact1Summary", s -> assertThat((String) s).contains(primary.name()));
        // once is enough; an altered token opens nothing
        assertThat(rest.postForEntity("/api/public/contact-verifications/" + token + "/confirm", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(rest.getForEntity("/api/public/contact-verifications/" + token + "x", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyTheOwnersChainMaySendALinkAndOnlyToTheCustomersContacts() {
        long customer = activeCustomer();
        long verification = startVerification(customer);
        long contact = customers.contactsOf(customer).get(0).id();
        int before = links();

        assertThat(send("sales2", verification, contact).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(send("service1", verification, contact).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> foreign = send("sales1", verification, contact + 100_000);
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(foreign.getBody().get("errors").get(0).get("field").asText()).isEqualTo("contactId");
        assertThat(links()).isEqualTo(before);
    }

    private ResponseEntity<JsonNode> send(String user, long verification, long contact) {
        return rest.withBasicAuth(user, PASSWORD).exchange("/api/verifications/" + verification + "/contacts/" + contact + "/link",
                HttpMethod.POST, HttpEntity.EMPTY, JsonNode.class);
    }

    private int links() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM contact_verification_link", Integer.class);
    }

    private static String token(String body) {
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).as("a link in %s", body).isTrue();
        return matcher.group(1);
    }

    private long activeCustomer() {
        ProcessInstance entry = entries.submitStartForm("sales1", EntryExamples.person());
        String number = (String) runtime.getVariable(entry.getId(), "customerNumber");
        tasks.complete(tasks.createTaskQuery().processInstanceId(entry.getId()).singleResult().getId(),
                Map.of("reviewDecision", "APPROVE"));
        return customers.byNumber(number).id();
    }

    private long startVerification(long customer) {
        List<VerificationMapper.Due> due = mapper.due(verifications.currentQuarter(),
                verifications.currentQuarter().atStartOfDay(verifications.zone()).toInstant(), customer - 1, 1);
        assertThat(due).extracting(VerificationMapper.Due::customerId).containsExactly(customer);
        assertThat(verifications.startIfNone(due.get(0), verifications.currentQuarter(), null)).isTrue();
        return jdbc.queryForObject("SELECT id FROM contact_verification WHERE customer_id = ?", Long.class, customer);
    }

    private String numberOf(long customer) {
        return customers.get(customer).customerNumber();
    }
}
