package com.lifeline.deletion;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeline.support.LifelineIntegrationTest;
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

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/customers/{number}/deletion-requests and compliance's destruction records: answers to bad input. */
@LifelineIntegrationTest
class DeletionApiTest {

    private static final String GOOD = "{\"reason\": \"INVALID_DATA\", \"evidence\": \"客户资料经电话核实无效\"}";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    DeletionTestSupport support;
    @Autowired
    JdbcTemplate jdbc;

    private ResponseEntity<JsonNode> send(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "Demo-Pass-2026").exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> request(String user, String number, String body) {
        return send(user, HttpMethod.POST, "/api/customers/" + number + "/deletion-requests", body);
    }

    private int requestsOf(String number) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM deletion_request WHERE customer_number = ?", Integer.class, number);
    }

    @Test
    void theOwnerAsksAndTheRequestWaitsForTheDepartmentHead() {
        String number = support.enterPerson();

        ResponseEntity<JsonNode> answer = request("sales1", number, GOOD);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(answer.getBody().get("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(answer.getHeaders().getLocation()).hasPath("/api/deletion-requests/" + answer.getBody().get("requestId").asLong());
        assertThat(jdbc.queryForObject("SELECT evidence FROM deletion_request WHERE customer_number = ?", String.class, number))
                .doesNotContain("核实");
    }

    @Test
    void anUnknownOrOutOfScopeCustomerIsNotFound() {
        String number = support.enterPerson();

        assertThat(request("sales1", "SH2026999999", GOOD).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(request("sales2", number, GOOD).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(requestsOf(number)).isZero();
    }

    @Test
    void aRoleThatMaySeeButNotChangeTheCustomerIsRefused() {
        String number = support.enterPerson();

        ResponseEntity<JsonNode> answer = request("service1", number, GOOD);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(requestsOf(number)).isZero();
    }

    @Test
    void aMissingReasonOrEvidenceNamesTheField() {
        String number = support.enterPerson();

        ResponseEntity<JsonNode> noReason = request("sales1", number, "{\"evidence\": \"客户资料经电话核实无效\"}");
        ResponseEntity<JsonNode> badReason = request("sales1", number, "{\"reason\": \"BORED\", \"evidence\": \"客户资料经电话核实无效\"}");
        ResponseEntity<JsonNode> noEvidence = request("sales1", number, "{\"reason\": \"INVALID_DATA\", \"evidence\": \"  \"}");

        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().at("/errors/0/field").asText()).isEqualTo("reason");
        assertThat(badReason.getBody().at("/errors/0/field").asText()).isEqualTo("reason");
        assertThat(noEvidence.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noEvidence.getBody().at("/errors/0/field").asText()).isEqualTo("evidence");
        assertThat(requestsOf(number)).isZero();
    }

    @Test
    void aSecondRequestWhileOneIsOpenIsAConflict() {
        String number = support.enterPerson();
        request("sales1", number, GOOD);

        ResponseEntity<JsonNode> second = request("sup1", number, GOOD);

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody().at("/errors/0/message").asText()).contains("已有一个待处理的删除申请");
        assertThat(requestsOf(number)).isEqualTo(1);
    }

    @Test
    void aHeldCustomerIsRefusedWithTheReason() {
        String number = support.enterPerson();
        assertThat(send("compliance1", HttpMethod.PUT, "/api/customers/" + number + "/legal-hold", "{\"hold\": true}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> answer = request("sales1", number, GOOD);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.getBody().at("/errors/0/message").asText()).contains("legal hold");
        assertThat(requestsOf(number)).isZero();
    }

    @Test
    void complianceReadsDestructionRecordsAndEveryReadIsAudited() {
        String number = support.enterPerson();
        DeletionRequest request = support.requestBySales1(number);
        support.decide(request, "APPROVE");
        support.runErasureJob(request);

        ResponseEntity<JsonNode> record = send("compliance1", HttpMethod.GET, "/api/destruction-records/" + number, null);

        assertThat(record.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(record.getBody().get("approvedBy").asText()).isEqualTo("mgr1");
        assertThat(record.getBody().get("reason").asText()).isEqualTo("INVALID_DATA");
        assertThat(send("compliance1", HttpMethod.GET, "/api/destruction-records", null).getBody().findValuesAsText("customerNumber"))
                .contains(number);
        assertThat(send("sales1", HttpMethod.GET, "/api/destruction-records/" + number, null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE actor = 'compliance1' AND action = 'VIEW' "
                + "AND customer_number = ?", Integer.class, number)).isEqualTo(1);
    }
}
