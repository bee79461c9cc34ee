package com.lifeline.deletion;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntrySubmission;
import com.lifeline.support.EntryTestSupport;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The customer asks for erasure from their confirmation link, confirmed by a code sent to what they registered. */
@LifelineIntegrationTest
class CustomerErasureRequestTest {

    private static final Pattern CODE = Pattern.compile("验证码 (\\d{6})");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    DeletionTestSupport support;
    @Autowired
    EntryTestSupport entries;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;

    private ResponseEntity<JsonNode> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
    }

    @Test
    void theCodeSentToTheRegisteredEmailStartsTheCustomersOwnRequest() {
        EntrySubmission entry = EntryExamples.person();
        String number = support.enter(entry);
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(), Map.of("reviewDecision", "APPROVE"));
        String link = entries.confirmationToken(number);

        ResponseEntity<JsonNode> sent = post("/api/public/confirmations/" + link + "/erasure", "{}");

        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.OK);
        String erasureToken = sent.getBody().get("erasureToken").asText();
        Map<String, Object> message = jdbc.queryForMap("SELECT recipient, body FROM outbox WHERE idempotency_key LIKE 'erasure-code-%' "
                + "AND recipient = ? ORDER BY id DESC LIMIT 1", entry.customer().email().toLowerCase());
        Matcher code = CODE.matcher(message.get("body").toString());
        assertThat(code.find()).isTrue();
        assertThat(jdbc.queryForObject("SELECT code_hash FROM erasure_code ORDER BY id DESC LIMIT 1", String.class))
                .doesNotContain(code.group(1));

        ResponseEntity<JsonNode> wrong = post("/api/public/erasure-requests",
                "{\"erasureToken\": \"" + erasureToken + "\", \"code\": \"" + (code.group(1).equals("000000") ? "111111" : "000000") + "\"}");
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrong.getBody().at("/errors/0/field").asText()).isEqualTo("code");

        ResponseEntity<JsonNode> right = post("/api/public/erasure-requests",
                "{\"erasureToken\": \"" + erasureToken + "\", \"code\": \"" + code.group(1) + "\"}");
        assertThat(right.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(jdbc.queryForMap("SELECT reason, source, requested_by, status FROM deletion_request WHERE customer_number = ?", number))
                .containsEntry("reason", "CUSTOMER_REQUEST").containsEntry("source", "CUSTOMER")
                .containsEntry("requested_by", "customer:" + number).containsEntry("status", "AWAITING_APPROVAL");

        ResponseEntity<JsonNode> again = post("/api/public/erasure-requests",
                "{\"erasureToken\": \"" + erasureToken + "\", \"code\": \"" + code.group(1) + "\"}");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(post("/api/public/erasure-requests", "{\"erasureToken\": \"forged.token\", \"code\": \"123456\"}")
                .getStatusCode()).isEqualTo(HttpStatus.GONE);
        // two more codes within the hour, then no more
        assertThat(post("/api/public/confirmations/" + link + "/erasure", "{}").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post("/api/public/confirmations/" + link + "/erasure", "{}").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post("/api/public/confirmations/" + link + "/erasure", "{}").getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }
}
