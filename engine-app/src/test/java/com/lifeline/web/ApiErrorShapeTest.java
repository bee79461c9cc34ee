package com.lifeline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeline.entry.EntryExamples;
import com.lifeline.support.EntryTestSupport;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors outside the entry API: one shape, {errors: [{field, message}]}, and no entry conflict details. */
@LifelineIntegrationTest
class ApiErrorShapeTest {

    private static final String PASSWORD = "Demo-Pass-2026";

    @Autowired TestRestTemplate rest;
    @Autowired EntryTestSupport support;
    @Autowired RuntimeService runtime;

    @Test
    void aMissingValueNamesItsField() {
        ProcessInstance instance = support.submitStartForm("sales1", EntryExamples.company());
        String number = (String) runtime.getVariable(instance.getId(), "customerNumber");

        ResponseEntity<JsonNode> response = rest.withBasicAuth("steward1", PASSWORD).exchange(
                "/api/customers/" + number + "/status", HttpMethod.PUT, json("{\"reason\": \"六个月无往来\"}"), JsonNode.class);

        assertGeneralShape(response, HttpStatus.BAD_REQUEST, "status", "必填");
        assertThat(support.customerRow(number)).containsEntry("status", "PENDING_REVIEW");
    }

    @Test
    void notFoundForbiddenAndSpringsOwnRefusalsHaveTheSameShape() {
        assertGeneralShape(rest.withBasicAuth("sales1", PASSWORD).getForEntity("/api/customers/SH1999001", JsonNode.class),
                HttpStatus.NOT_FOUND, null, "客户 SH1999001 不存在");
        assertGeneralShape(rest.withBasicAuth("sales1", PASSWORD).exchange("/api/customers?status=NOPE", HttpMethod.GET,
                null, JsonNode.class), HttpStatus.BAD_REQUEST, "status", "不是可选的值");
        assertGeneralShape(rest.withBasicAuth("sales1", PASSWORD).exchange("/api/entries", HttpMethod.DELETE, null,
                JsonNode.class), HttpStatus.METHOD_NOT_ALLOWED, null, "不支持该请求方法");
        HttpHeaders text = new HttpHeaders();
        text.setContentType(MediaType.TEXT_PLAIN);
        assertGeneralShape(rest.withBasicAuth("sales1", PASSWORD).postForEntity("/api/entries", new HttpEntity<>("hello", text),
                JsonNode.class), HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, "不支持该请求内容类型");
    }

    private static void assertGeneralShape(ResponseEntity<JsonNode> response, HttpStatus status, String field, String message) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        JsonNode body = response.getBody();
        assertThat(body.size()).as(body.toString()).isEqualTo(1);
        assertThat(body.get("errors")).singleElement().satisfies(problem -> {
            assertThat(problem.get("field").isNull() ? null : problem.get("field").asText()).isEqualTo(field);
            assertThat(problem.get("message").asText()).isEqualTo(message);
        });
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
