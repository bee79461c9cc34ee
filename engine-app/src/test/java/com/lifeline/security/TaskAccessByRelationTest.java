package com.lifeline.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeline.entry.EntryExamples;
import com.lifeline.org.StaffGroups;
import com.lifeline.support.EntryTestSupport;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Task access by relation (TaskAccessPlugin): no grant row per task, and a user reads and works on
 * only the tasks assigned to, owned by or offered to them or their groups, whatever the task id they
 * send. All through {@code /engine-rest} as the users, the way Tasklist asks.
 */
@LifelineIntegrationTest
class TaskAccessByRelationTest {

    static final String PASSWORD = "Demo-Pass-2026";

    @Autowired TestRestTemplate rest;
    @Autowired EntryTestSupport support;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired AuthorizationService authorizations;
    @Autowired StaffGroups roles;
    private final ObjectMapper json = new ObjectMapper();

    /** sup1's 主管复核 of an entry by sales1. */
    private String review;

    @BeforeEach
    void anEntryWaitingForSup1() {
        for (String user : List.of("sales1", "sales2", "sup1", "service1")) {
            identity.unlockUser(user);
        }
        ProcessInstance entry = support.submitStartForm("sales1", EntryExamples.company());
        Task task = tasks.createTaskQuery().processInstanceId(entry.getId()).taskDefinitionKey("Task_SupervisorReview")
                .singleResult();
        assertThat(task.getAssignee()).isEqualTo("sup1");
        review = task.getId();
    }

    @Test
    void assigningOrOfferingATaskWritesNoGrantRow() {
        tasks.addCandidateGroup(review, roles.service());
        tasks.addCandidateUser(review, "sales2");

        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(review).count())
                .isZero();
    }

    @Test
    void aTaskOfferedToAGroupIsSeenAndWorkedOnByItsMembers() throws Exception {
        tasks.addCandidateGroup(review, roles.service());

        assertThat(idList(as("service1").getForEntity("/engine-rest/task?maxResults=1000", String.class))).contains(review);
        assertThat(as("service1").getForEntity("/engine-rest/task/" + review, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as("service1").getForEntity("/engine-rest/task/" + review + "/form-variables", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anUnrelatedColleagueNeitherSeesNorWorksOnTheTaskByItsId() throws Exception {
        // sales2 has the grant every user has on the definitions, but no relation to this task
        assertThat(idList(as("sales2").getForEntity("/engine-rest/task?maxResults=1000", String.class)))
                .doesNotContain(review);
        // asking for sup1's tasks or for a group one is not in does not get round the relation
        assertThat(idList(as("sales2").getForEntity("/engine-rest/task?assignee=sup1", String.class))).isEmpty();
        tasks.addCandidateGroup(review, roles.supervisors());
        assertThat(idList(as("sales2").getForEntity("/engine-rest/task?candidateGroup=" + roles.supervisors()
                + "&includeAssignedTasks=true", String.class))).isEmpty();
        assertThat(idList(as("sup1").getForEntity("/engine-rest/task?assignee=sup1", String.class))).contains(review);
        assertThat(as("sales2").getForEntity("/engine-rest/task/" + review, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        // comments: the REST resource looks the task up by a query first, which finds nothing
        assertThat(as("sales2").getForEntity("/engine-rest/task/" + review + "/comment", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        for (String read : List.of("/form-variables", "/variables", "/identity-links", "/rendered-form")) {
            assertThat(as("sales2").getForEntity("/engine-rest/task/" + review + read, String.class).getStatusCode())
                    .as(read).isEqualTo(HttpStatus.FORBIDDEN);
        }
        for (String write : List.of("/claim", "/complete", "/assignee")) {
            ResponseEntity<String> answer = as("sales2").postForEntity("/engine-rest/task/" + review + write,
                    jsonBody("{\"userId\": \"sales2\", \"variables\": {}}"), String.class);
            assertThat(answer.getStatusCode()).as(write).isEqualTo(HttpStatus.FORBIDDEN);
        }

        Task unchanged = tasks.createTaskQuery().taskId(review).singleResult();
        assertThat(unchanged).isNotNull();
        assertThat(unchanged.getAssignee()).isEqualTo("sup1");
    }

    @Test
    void aTaskReassignedByAnAdministratorLeavesThePreviousAssignee() throws Exception {
        tasks.setAssignee(review, "sales2");

        assertThat(as("sup1").getForEntity("/engine-rest/task/" + review, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("sales2").getForEntity("/engine-rest/task/" + review, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aTaskOfferedToTheUserAndTheirGroupIsListedAndCountedOnce() throws Exception {
        tasks.addCandidateUser(review, "service1");
        tasks.addCandidateGroup(review, roles.service());

        List<String> listed = idList(as("service1").getForEntity("/engine-rest/task?maxResults=1000", String.class));
        long count = json.readTree(as("service1").getForObject("/engine-rest/task/count", String.class))
                .get("count").asLong();

        assertThat(listed).containsOnlyOnce(review);
        assertThat(count).isEqualTo(listed.size());
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, PASSWORD);
    }

    private static HttpEntity<String> jsonBody(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private List<String> idList(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        List<String> ids = new ArrayList<>();
        for (JsonNode task : json.readTree(response.getBody())) {
            ids.add(task.get("id").asText());
        }
        return ids;
    }
}
