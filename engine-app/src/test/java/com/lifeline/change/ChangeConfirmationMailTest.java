package com.lifeline.change;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.lifeline.contact.EmergencyContact;
import com.lifeline.customer.CustomerService;
import com.lifeline.support.LifelineIntegrationTest;
import com.lifeline.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The newcomer's journey of issue 10: change a contact's phone with a reason, the customer's email
 * arrives over SMTP, its link shows the new phone masked and confirms it, the history shows before/after.
 */
@LifelineIntegrationTest
class ChangeConfirmationMailTest {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/c/change/[A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+)");
    private static final String PASSWORD = "Demo-Pass-2026";

    @Autowired
    ChangeTestSupport support;
    @Autowired
    CustomerService customers;
    @Autowired
    TestRestTemplate rest;

    @Test
    void aChangedContactPhoneIsConfirmedByTheEmailedLinkAndShownInTheHistory() throws Exception {
        String number = support.activeCompany();
        String email = customers.byNumber(number).email();
        EmergencyContact first = support.contacts(number).get(0);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<JsonNode> changed = rest.withBasicAuth("sales1", PASSWORD).exchange(
                "/api/customers/" + number + "/contacts/" + first.id(), HttpMethod.PUT, new HttpEntity<>(
                        Map.of("reason", "CUSTOMER_REQUEST", "contact", Map.of("phone", "13700137123")), headers), JsonNode.class);
        assertThat(changed.getBody().get("status").asText()).isEqualTo("PENDING_CONFIRMATION");

        MimeMessage mail = await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(TestMailServer.get().getReceivedMessages())
                .filter(m -> recipients(m).contains(email) && subject(m).contains("请确认资料变更 " + number))
                .findFirst(), Optional::isPresent).orElseThrow();
        Matcher link = LINK.matcher(mail.getContent().toString());
        assertThat(link.find()).isTrue();
        String page = rest.getForObject(link.group(1), String.class);
        assertThat(page).contains("请确认资料变更", "137****7123").doesNotContain("13700137123");

        ResponseEntity<String> confirmed = rest.postForEntity(link.group(1) + "/confirm", null, String.class);
        assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(confirmed.getBody()).contains("变更已生效");
        assertThat(rest.postForEntity(link.group(1) + "/confirm", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        String history = rest.withBasicAuth("sales1", PASSWORD).getForObject("/customers/" + number + "/history", String.class);
        assertThat(history).contains("紧急联系人[" + first.id() + "] 电话", first.phone(), "+8613700137123", "客户要求(客户确认)");
    }

    private static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
