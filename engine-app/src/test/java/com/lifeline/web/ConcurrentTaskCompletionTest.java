package com.lifeline.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeline.entry.EntryExamples;
import com.lifeline.support.EntryTestSupport;
import com.lifeline.support.LifelineIntegrationTest;
import com.lifeline.support.WebappCookies;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two (here: four) people completing the same task at once, over HTTP as Tasklist and REST clients do:
 * exactly one wins (204), the others get 409 or 404 with a plain message, never 500.
 */
@LifelineIntegrationTest
class ConcurrentTaskCompletionTest {

    private static final String PASSWORD = "Demo-Pass-2026";
    private static final int CLIENTS = 4;

    @Autowired TestRestTemplate rest;
    @Autowired EntryTestSupport support;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired IdentityService identity;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void unlockReviewer() {
        identity.unlockUser("sup1");
    }

    @RepeatedTest(3)
    void approvingTheSameReviewOverEngineRest() throws Exception {
        ProcessInstance instance = support.submitStartForm("sales1", EntryExamples.company());
        String task = reviewTask(instance);

        List<ResponseEntity<String>> answers = race(() -> rest.withBasicAuth("sup1", PASSWORD).postForEntity(
                "/engine-rest/task/" + task + "/complete", jsonBody(decision("APPROVE")), String.class));

        assertOneWinnerOthersToldPlainly(answers);
        String number = (String) runtime.getVariable(instance.getId(), "customerNumber");
        assertThat(support.customerRow(number)).containsEntry("status", "ACTIVE");
        assertThat(support.count("SELECT COUNT(*) FROM change_log l JOIN customer c ON c.id = l.customer_id "
                + "WHERE c.customer_number = ? AND l.reason = '主管复核通过'", number)).isEqualTo(1);
    }

    @RepeatedTest(3)
    void returningTheSameReviewOverEngineRest() throws Exception {
        ProcessInstance instance = support.submitStartForm("sales1", EntryExamples.company());
        String task = reviewTask(instance);

        List<ResponseEntity<String>> answers = race(() -> rest.withBasicAuth("sup1", PASSWORD).postForEntity(
                "/engine-rest/task/" + task + "/complete",
                jsonBody(decision("RETURN", "请补充门牌号")), String.class));

        assertOneWinnerOthersToldPlainly(answers);
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_CorrectEntry")
                .count()).isEqualTo(1);
    }

    @RepeatedTest(3)
    void approvingTheSameReviewInTasklist() throws Exception {
        ProcessInstance instance = support.submitStartForm("sales1", EntryExamples.company());
        String task = reviewTask(instance);
        HttpHeaders session = tasklistSession("sup1");
        session.setContentType(MediaType.APPLICATION_JSON);

        // what Tasklist posts when the reviewer presses 完成
        List<ResponseEntity<String>> answers = race(() -> rest.postForEntity(
                "/camunda/api/engine/engine/default/task/" + task + "/submit-form",
                new HttpEntity<>(decision("APPROVE"), session), String.class));

        assertOneWinnerOthersToldPlainly(answers);
        String number = (String) runtime.getVariable(instance.getId(), "customerNumber");
        assertThat(support.customerRow(number)).containsEntry("status", "ACTIVE");
    }

    @Test
    void aRefusedFormValueIsA400WithTheFieldNotA500() throws Exception {
        ProcessInstance instance = support.submitStartForm("sales1", EntryExamples.company());
        String task = reviewTask(instance);

        ResponseEntity<String> answer = rest.withBasicAuth("sup1", PASSWORD).postForEntity(
                "/engine-rest/task/" + task + "/complete", jsonBody(decision("MAYBE")), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(answer.getBody()).get("message").asText()).isEqualTo("复核结论:请选择“通过”或“退回更正”");
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
    }

    @Test
    void completingATaskThatIsGoneIsA404() throws Exception {
        ResponseEntity<String> answer = rest.withBasicAuth("sup1", PASSWORD).postForEntity(
                "/engine-rest/task/no-such-task/complete", jsonBody(decision("APPROVE")), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(answer.getBody()).get("message").asText()).isEqualTo(EngineErrors.TASK_GONE);
    }

    private void assertOneWinnerOthersToldPlainly(List<ResponseEntity<String>> answers) throws Exception {
        List<Integer> statuses = answers.stream().map(a -> a.getStatusCode().value()).toList();
        assertThat(statuses).as(answers.toString()).containsOnlyOnce(204).allMatch(s -> s == 204 || s == 409 || s == 404);
        for (ResponseEntity<String> answer : answers) {
            if (answer.getStatusCode().value() != 204) {
                assertThat(json.readTree(answer.getBody()).get("message").asText())
                        .isIn(EngineErrors.CHANGED_MEANWHILE, EngineErrors.TASK_GONE, EngineErrors.COLLIDED);
            }
        }
    }

    private List<ResponseEntity<String>> race(Callable<ResponseEntity<String>> completion) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<ResponseEntity<String>>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return completion.call();
                }));
            }
            start.countDown();
            List<ResponseEntity<String>> answers = new ArrayList<>();
            for (Future<ResponseEntity<String>> f : futures) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private String reviewTask(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_SupervisorReview")
                .singleResult().getId();
    }

    private static String decision(String decision) {
        return "{\"variables\": {\"reviewDecision\": {\"value\": \"" + decision + "\"}}}";
    }

    private static String decision(String decision, String comment) {
        return "{\"variables\": {\"reviewDecision\": {\"value\": \"" + decision + "\"}, "
                + "\"reviewComment\": {\"value\": \"" + comment + "\"}}}";
    }

    private static HttpEntity<String> jsonBody(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    /** Logged in to Tasklist as the browser is: session and XSRF cookies, the token echoed in a header. */
    private HttpHeaders tasklistSession(String user) {
        return WebappCookies.tasklistSession(rest, user, PASSWORD);
    }
}
