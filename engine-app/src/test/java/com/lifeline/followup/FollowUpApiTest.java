package com.lifeline.followup;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeline.entry.EntryExamples;
import com.lifeline.support.LifelineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
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

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** POST/GET /api/customers/{number}/follow-ups: who may record, what a follow-up must say, sealed at rest. */
@LifelineIntegrationTest
class FollowUpApiTest {

    static final String CONTENT = "客户反馈紧急联系人王经理下月调岗,需在交接前补充一名新的备用联系人,并确认夜间值班电话仍然有效可用。";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private String number;

    @BeforeEach
    void aCustomerOfSales1() {
        ResponseEntity<JsonNode> created = rest.withBasicAuth("sales1", "Demo-Pass-2026")
                .postForEntity("/api/entries", EntryExamples.company(), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        number = created.getBody().get("customerNumber").asText();
    }

    private String minutesAgo(int minutes) {
        return LocalDateTime.now(clock).minusMinutes(minutes).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private static String body(String occurredAt, String content, String nextActionOn, String nextAction) {
        return "{\"occurredAt\": \"" + occurredAt + "\", \"method\": \"PHONE\", \"participants\": \"客户行政负责人\", "
                + "\"content\": \"" + content + "\""
                + (nextActionOn == null ? "" : ", \"nextActionOn\": \"" + nextActionOn + "\"")
                + (nextAction == null ? "" : ", \"nextAction\": \"" + nextAction + "\"") + "}";
    }

    private ResponseEntity<JsonNode> post(String user, String customer, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "Demo-Pass-2026").exchange("/api/customers/" + customer + "/follow-ups",
                HttpMethod.POST, new HttpEntity<>(json, headers), JsonNode.class);
    }

    private int followUpsOf(String customer) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM follow_up WHERE customer_number = ?", Integer.class, customer);
    }

    @Test
    void theOwnerRecordsAFollowUpWhichIsSealedAndMovesTheLastInteraction() {
        ResponseEntity<JsonNode> answer = post("sales1", number, body(minutesAgo(30), CONTENT, null, null));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = answer.getBody().get("id").asLong();
        assertThat(answer.getHeaders().getLocation()).hasPath("/api/customers/" + number + "/follow-ups/" + id);
        assertThat(answer.getBody().get("content").asText()).isEqualTo(CONTENT);
        var row = jdbc.queryForMap("SELECT content, participants, method, recorded_by FROM follow_up WHERE id = ?", id);
        assertThat(row).containsEntry("method", "PHONE").containsEntry("recorded_by", "sales1");
        assertThat((String) row.get("content")).doesNotContain("联系人");
        assertThat((String) row.get("participants")).doesNotContain("负责人");
        assertThat(jdbc.queryForObject("SELECT last_interaction_at IS NOT NULL FROM customer WHERE customer_number = ?",
                Boolean.class, number)).isTrue();

        JsonNode list = rest.withBasicAuth("sup1", "Demo-Pass-2026").getForObject("/api/customers/" + number + "/follow-ups", JsonNode.class);
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("participants").asText()).isEqualTo("客户行政负责人");
    }

    @Test
    void serviceStaffMayAddNotesToCustomersTheyCanSee() {
        assertThat(post("service1", number, body(minutesAgo(5), CONTENT, null, null)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.queryForObject("SELECT recorded_by FROM follow_up WHERE customer_number = ?", String.class, number))
                .isEqualTo("service1");
    }

    @Test
    void aFutureTimeIsRefusedNamingTheField() {
        ResponseEntity<JsonNode> answer = post("sales1", number, body(minutesAgo(-60), CONTENT, null, null));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("errors").get(0).get("field").asText()).isEqualTo("occurredAt");
        assertThat(answer.getBody().get("errors").get(0).get("message").asText()).contains("不能晚于现在");
        assertThat(followUpsOf(number)).isZero();
    }

    @Test
    void contentShorterThanFiftyCharactersIsRefused() {
        ResponseEntity<JsonNode> answer = post("sales1", number, body(minutesAgo(5), "电话回访,一切正常。", null, null));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("errors").get(0).get("field").asText()).isEqualTo("content");
        assertThat(answer.getBody().get("errors").get(0).get("message").asText()).contains("50");
        assertThat(followUpsOf(number)).isZero();
    }

    @Test
    void aNextActionNeedsADateAndItsTextAndNotInThePast() {
        String yesterday = LocalDateTime.now(clock).minusDays(1).toLocalDate().toString();
        assertThat(field(post("sales1", number, body(minutesAgo(5), CONTENT, null, "下周再电话确认")))).isEqualTo("nextActionOn");
        assertThat(field(post("sales1", number, body(minutesAgo(5), CONTENT, yesterday, "下周再电话确认")))).isEqualTo("nextActionOn");
        String nextWeek = LocalDateTime.now(clock).plusDays(7).toLocalDate().toString();
        assertThat(field(post("sales1", number, body(minutesAgo(5), CONTENT, nextWeek, null)))).isEqualTo("nextAction");
        assertThat(followUpsOf(number)).isZero();
    }

    @Test
    void aCustomerOutsideTheCallersScopeIsNotFound() {
        ResponseEntity<JsonNode> answer = post("sales2", number, body(minutesAgo(5), CONTENT, null, null));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("sales2", "Demo-Pass-2026").getForEntity("/api/customers/" + number + "/follow-ups",
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(followUpsOf(number)).isZero();
    }

    @Test
    void rolesThatMayNotRecordAreRefused() {
        assertThat(post("steward1", number, body(minutesAgo(5), CONTENT, null, null)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(followUpsOf(number)).isZero();
    }

    private static String field(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return answer.getBody().get("errors").get(0).get("field").asText();
    }
}
