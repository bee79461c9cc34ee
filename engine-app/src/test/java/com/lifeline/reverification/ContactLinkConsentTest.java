package com.lifeline.reverification;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.lifeline.consent.ConsentGate;
import com.lifeline.contact.EmergencyContact;
import com.lifeline.customer.CustomerService;
import com.lifeline.entry.EntryExamples;
import com.lifeline.support.EntryTestSupport;
import com.lifeline.support.LifelineIntegrationTest;
import com.lifeline.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.lifeline.consent.ConsentPurpose.EMERGENCY_NOTIFICATION;
import static com.lifeline.consent.ConsentPurpose.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The contact's own signed link (quarterly re-verification): they withdraw a purpose of their own consent,
 * effective at once (the gate refuses, no further email for it), and their confirmation records them as
 * informed. Every change is an appended consent row.
 */
@LifelineIntegrationTest
class ContactLinkConsentTest {

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
    ConsentGate gate;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theContactWithdrawsServiceOnTheirOwnLinkAndGetsNoFurtherEmailForIt() throws Exception {
        long customer = activeCustomer();
        long verification = startVerification(customer);
        EmergencyContact contact = customers.contactsOf(customer).get(1);
        assertThat(contact.email()).as("the example's backup contact has an email").isNotBlank();
        assertThat(send("sales1", verification, contact.id()).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(contact.email()) == 1);
        String token = token(contact.id());
        long rowBefore = currentRow(contact.id());

        ResponseEntity<String> withdrawn = rest.postForEntity("/api/public/contact-verifications/" + token
                + "/consents/SERVICE/withdrawal", null, String.class);

        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM consent WHERE id = ?", currentRow(contact.id()));
        assertThat(row).containsEntry("purpose_service", false).containsEntry("purpose_emergency", true)
                .containsEntry("withdrawn_purpose", "SERVICE").containsEntry("withdrawn_via", "CONTACT_LINK")
                .containsEntry("collected_by", "contact:" + contact.id());
        assertThat(jdbc.queryForMap("SELECT superseded_by FROM consent WHERE id = ?", rowBefore))
                .containsEntry("superseded_by", row.get("id"));
        assertThat(gate.mayUse(contact.id(), SERVICE)).isFalse();
        assertThat(gate.mayUse(contact.id(), EMERGENCY_NOTIFICATION)).isTrue();
        assertThat(jdbc.queryForMap("SELECT operator, reason, old_value, new_value FROM change_log WHERE customer_id = ?"
                + " AND field = ?", customer, "contact[" + contact.id() + "].consent.SERVICE"))
                .containsEntry("operator", "contact:" + contact.id()).containsEntry("reason", "联系人本人经链接撤回授权")
                .containsEntry("new_value", "WITHDRAWN");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE actor = ? AND detail LIKE ?", Integer.class,
                "contact:" + contact.id(), "%consent.SERVICE withdrawn%")).isEqualTo(1);

        // the next use of the purpose is refused: no second link, no email
        int queued = outboxTo(contact.email());
        assertThat(send("sales1", verification, contact.id()).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        Thread.sleep(3000);
        assertThat(outboxTo(contact.email())).isEqualTo(queued);
        assertThat(mailsTo(contact.email())).isEqualTo(1);
        // withdrawn already: 409, nothing appended
        long rows = rows(contact.id());
        assertThat(rest.postForEntity("/api/public/contact-verifications/" + token + "/consents/SERVICE/withdrawal", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(rows(contact.id())).isEqualTo(rows);
    }

    @Test
    void thePagesButtonWithdrawsAPurposeAndAForgedTokenChangesNothing() {
        long customer = activeCustomer();
        long verification = startVerification(customer);
        EmergencyContact contact = customers.contactsOf(customer).get(0);
        send("sales1", verification, contact.id());
        String token = token(contact.id());
        long rows = rows(contact.id());

        assertThat(rest.postForEntity("/api/public/contact-verifications/" + token + "x/consents/EMERGENCY_NOTIFICATION/withdrawal",
                null, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rows(contact.id())).isEqualTo(rows);
        assertThat(rest.getForEntity("/c/contact/" + token, String.class).getBody()).contains("撤回“紧急通知”授权");

        ResponseEntity<String> page = rest.postForEntity("/c/contact/" + token + "/consents/EMERGENCY_NOTIFICATION/withdrawal",
                null, String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("已撤回该用途的授权").doesNotContain("撤回“紧急通知”授权");
        assertThat(rows(contact.id())).isEqualTo(rows + 1);
        assertThat(gate.mayUse(contact.id(), EMERGENCY_NOTIFICATION)).isFalse();
        assertThat(gate.mayUse(contact.id(), SERVICE)).isTrue();
        assertThat(gate.mayUse(customers.contactsOf(customer).get(1).id(), EMERGENCY_NOTIFICATION)).isTrue();
    }

    @Test
    void confirmingOnTheirOwnLinkRecordsTheContactAsInformed() {
        long customer = activeCustomer();
        long verification = startVerification(customer);
        EmergencyContact contact = customers.contactsOf(customer).get(0);
        send("sales1", verification, contact.id());
        String token = token(contact.id());
        long rowBefore = currentRow(contact.id());
        assertThat(jdbc.queryForMap("SELECT informed_via FROM consent WHERE id = ?", rowBefore).get("informed_via")).isNull();

        assertThat(rest.postForEntity("/api/public/contact-verifications/" + token + "/confirm", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        Map<String, Object> before = jdbc.queryForMap("SELECT * FROM consent WHERE id = ?", rowBefore);
        Map<String, Object> informed = jdbc.queryForMap("SELECT * FROM consent WHERE id = ?", currentRow(contact.id()));
        assertThat(informed).containsEntry("informed_via", "CONTACT_LINK").containsEntry("collected_by", "contact:" + contact.id())
                .containsEntry("purpose_service", before.get("purpose_service"))
                .containsEntry("purpose_emergency", before.get("purpose_emergency"))
                .containsEntry("purpose_marketing", before.get("purpose_marketing"))
                .containsEntry("channel", before.get("channel")).containsEntry("evidence_ref", before.get("evidence_ref"));
        assertThat(informed.get("withdrawn_purpose")).isNull();
        assertThat(before.get("superseded_by")).isEqualTo(informed.get("id"));
        assertThat(gate.mayUse(contact.id(), SERVICE)).isTrue();
        assertThat(jdbc.queryForMap("SELECT operator, new_value FROM change_log WHERE customer_id = ? AND field = ?",
                customer, "contact[" + contact.id() + "].informed"))
                .containsEntry("operator", "contact:" + contact.id()).containsEntry("new_value", "CONTACT_LINK");

        JsonNode history = rest.withBasicAuth("sales1", PASSWORD).getForObject("/api/customers/"
                + customers.get(customer).customerNumber() + "/contacts/" + contact.id() + "/consents",
                JsonNode.class);
        assertThat(history.get(history.size() - 1).get("informedVia").asText()).as("staff see it").isEqualTo("CONTACT_LINK");
        assertThat(history.get(0).get("informedVia").isNull()).isTrue();

        // a later withdrawal keeps what the contact confirmed
        rest.postForEntity("/api/public/contact-verifications/" + token + "/consents/SERVICE/withdrawal", null, String.class);
        assertThat(jdbc.queryForMap("SELECT informed_via, withdrawn_purpose FROM consent WHERE id = ?", currentRow(contact.id())))
                .containsEntry("informed_via", "CONTACT_LINK").containsEntry("withdrawn_purpose", "SERVICE");
    }

    private long currentRow(long contactId) {
        return jdbc.queryForObject("SELECT id FROM consent WHERE contact_id = ? AND superseded_at IS NULL"
                + " AND withdrawn_at IS NULL ORDER BY id DESC LIMIT 1", Long.class, contactId);
    }

    private long rows(long contactId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM consent WHERE contact_id = ?", Long.class, contactId);
    }

    private int outboxTo(String address) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE recipient = ?", Integer.class, address);
    }

    private ResponseEntity<String> send(String user, long verification, long contact) {
        return rest.withBasicAuth(user, PASSWORD).exchange("/api/verifications/" + verification + "/contacts/" + contact + "/link",
                HttpMethod.POST, HttpEntity.EMPTY, String.class);
    }

    /** The token of the newest link SMS sent to this contact. */
    private String token(long contactId) {
        long linkId = jdbc.queryForObject("SELECT MAX(id) FROM contact_verification_link WHERE contact_id = ?", Long.class,
                contactId);
        String body = jdbc.queryForObject("SELECT body FROM outbox WHERE idempotency_key = ?", String.class,
                "verification-link-" + linkId + "-sms");
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).as("a link in %s", body).isTrue();
        return matcher.group(1);
    }

    private long activeCustomer() {
        ProcessInstance entry = entries.submitStartForm("sales1", EntryExamples.company());
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

    private static long mailsTo(String address) {
        return Arrays.stream(TestMailServer.get().getReceivedMessages()).filter(m -> recipients(m).contains(address)).count();
    }

    private static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
