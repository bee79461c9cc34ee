package com.lifeline.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.lifeline.links.LinkPurpose;
import com.lifeline.links.SignedLinks;
import com.lifeline.support.EntryTestSupport;
import com.lifeline.support.LifelineIntegrationTest;
import com.lifeline.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The information-confirmation email really arrives over SMTP and its link confirms the customer. */
@LifelineIntegrationTest
class ConfirmationLinkTest {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/c/[A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+)");

    @Autowired
    EntryTestSupport support;
    @Autowired
    TaskService tasks;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    SignedLinks signer;

    @Test
    void theEmailedLinkShowsMaskedDataAndConfirms() throws Exception {
        EntrySubmission entry = EntryExamples.company();
        ProcessInstance instance = support.submitStartForm("sales1", entry);
        String taskId = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        tasks.complete(taskId, Map.of("reviewDecision", "APPROVE"));
        String email = entry.customer().email();

        MimeMessage mail = await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(TestMailServer.get().getReceivedMessages())
                .filter(m -> recipients(m).contains(email))
                .findFirst(), Optional::isPresent).orElseThrow();
        String body = mail.getContent().toString();
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as(body).isTrue();
        String path = link.group(1);

        assertThat(rest.getForEntity(path, String.class).getBody()).contains("请确认您的客户资料");
        String token = path.substring("/c/".length());
        JsonNode view = rest.getForObject("/api/public/confirmations/" + token, JsonNode.class);
        assertThat(view.get("name").asText()).isEqualTo(entry.customer().name());
        assertThat(view.get("phone").asText()).contains("****");
        assertThat(view.toString()).doesNotContain(entry.contacts().get(0).phone());

        ResponseEntity<String> confirmed = rest.postForEntity("/api/public/confirmations/" + token + "/confirm", null, String.class);
        assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(rest.postForEntity("/api/public/confirmations/" + token + "/confirm", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    private static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    @Test
    void forgedOrExpiredLinksAreRefused() {
        String expired = signer.sign(LinkPurpose.CUSTOMER_CONFIRMATION, 1, Instant.now().minusSeconds(60));
        String forged = "MS45OTk5OTk5OTk5.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

        for (String token : new String[]{expired, forged, "nonsense"}) {
            ResponseEntity<JsonNode> response = rest.getForEntity("/api/public/confirmations/" + token, JsonNode.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(response.getBody().at("/errors/0/message").asText()).contains("链接无效或已过期");
            assertThat(rest.postForEntity("/api/public/confirmations/" + token + "/confirm", null, String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }
}
