package com.lifeline.contactcare;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.lifeline.consent.ConsentGate;
import com.lifeline.support.EntryTestSupport;
import com.lifeline.support.LifelineIntegrationTest;
import com.lifeline.support.TestMailServer;
import com.lifeline.verification.CustomerConfirmations;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Arrays;

import static com.lifeline.consent.ConsentPurpose.EMERGENCY_NOTIFICATION;
import static com.lifeline.consent.ConsentPurpose.MARKETING;
import static com.lifeline.consent.ConsentPurpose.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A withdrawn purpose stops that use at once: the customer's reminder email is not sent after they withdraw. */
@LifelineIntegrationTest
class ConsentWithdrawalTest {

    @Autowired
    ContactCareTestSupport support;
    @Autowired
    EntryTestSupport entries;
    @Autowired
    CustomerConfirmations confirmations;
    @Autowired
    ConsentGate gate;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void afterTheCustomerWithdrawsServiceOnTheirLinkNoReminderEmailIsSent() throws Exception {
        String number = support.enterWithTwoContacts();
        support.approve(number);
        String email = support.customerEmail(number);
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email) == 1);
        long confirmationId = jdbc.queryForObject("SELECT cc.id FROM customer_confirmation cc JOIN customer c"
                + " ON c.id = cc.customer_id WHERE c.customer_number = ?", Long.class, number);

        ResponseEntity<String> withdrawn = rest.postForEntity("/api/public/confirmations/"
                + entries.confirmationToken(number) + "/consents/SERVICE/withdrawal", null, String.class);

        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        long customerId = support.customerId(number);
        assertThat(gate.mayUseCustomer(customerId, SERVICE)).isFalse();
        assertThat(gate.mayUseCustomer(customerId, EMERGENCY_NOTIFICATION)).isTrue();
        confirmations.remind(confirmationId);
        Thread.sleep(3000);
        assertThat(mailsTo(email)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE ?", Integer.class,
                "confirm-reminder-" + confirmationId + "%")).isZero();
        assertThat(jdbc.queryForMap("SELECT operator, reason FROM change_log WHERE customer_id = ? AND field = 'consent.SERVICE'",
                customerId)).containsEntry("operator", "customer:" + number).containsEntry("reason", "客户本人经链接撤回授权");
    }

    @Test
    void aContactsWithdrawnPurposeIsRefusedAtOnceWhileItsOtherPurposesStay() {
        String number = support.enterWithTwoContacts();
        long contact = support.contactId(number, 0);
        assertThat(gate.mayUse(contact, EMERGENCY_NOTIFICATION)).isTrue();

        ResponseEntity<String> answer = rest.withBasicAuth("sales1", "Demo-Pass-2026").postForEntity(
                "/api/customers/" + number + "/contacts/" + contact + "/consents/EMERGENCY_NOTIFICATION/withdrawal",
                null, String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(gate.mayUse(contact, EMERGENCY_NOTIFICATION)).isFalse();
        assertThat(gate.mayUse(contact, SERVICE)).isTrue();
        assertThat(gate.mayUse(contact, MARKETING)).isFalse();
        assertThat(gate.mayUse(support.contactId(number, 1), EMERGENCY_NOTIFICATION)).isTrue();
    }

    @Test
    void staffWithdrawTheCustomersOwnPurposeAndAForgedLinkChangesNothing() {
        String number = support.enterWithTwoContacts();
        long customerId = support.customerId(number);

        ResponseEntity<String> forged = rest.postForEntity("/api/public/confirmations/forged.token/consents/SERVICE/withdrawal",
                null, String.class);
        ResponseEntity<String> bySupervisor = rest.withBasicAuth("sup1", "Demo-Pass-2026").postForEntity(
                "/api/customers/" + number + "/consents/EMERGENCY_NOTIFICATION/withdrawal", null, String.class);

        assertThat(forged.getStatusCode().is4xxClientError()).isTrue();
        assertThat(gate.mayUseCustomer(customerId, SERVICE)).isTrue();
        assertThat(bySupervisor.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(gate.mayUseCustomer(customerId, EMERGENCY_NOTIFICATION)).isFalse();
        assertThat(rest.withBasicAuth("sales2", "Demo-Pass-2026").postForEntity("/api/customers/" + number
                + "/consents/SERVICE/withdrawal", null, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(gate.mayUseCustomer(customerId, SERVICE)).isTrue();
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
