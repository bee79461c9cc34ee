package com.lifeline.formguard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntryFormFields;
import com.lifeline.entry.EntrySubmission;
import com.lifeline.support.EntryTestSupport;
import com.lifeline.support.LifelineIntegrationTest;
import com.lifeline.support.WebappCookies;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The two attacks of issue 8 item 3, replayed over HTTP, and what must keep working: Tasklist's own
 * submissions (form fields, read-only fields sent back unchanged), the webapps' engine API and the Java
 * API guarded alike, admins editing variables in Cockpit, a model allowing more than its form.
 * The walk over every model and task is {@code UndeclaredVariablesRefusedTest}.
 */
@LifelineIntegrationTest
class FormFieldGuardTest {

    static final String PASSWORD = "Demo-Pass-2026";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    EntryTestSupport support;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    RepositoryService repository;
    @Autowired
    ObjectMapper json;
    @Autowired
    AuthorizationService authorizations;

    @Test
    void aSupervisorCannotReviewOneCustomerAndActivateAnother() {
        ProcessInstance a = support.submitStartForm("sales1", EntryExamples.company());
        ProcessInstance b = support.submitStartForm("sales2", EntryExamples.company());
        String numberB = (String) runtime.getVariable(b.getId(), "customerNumber");
        Long idB = (Long) runtime.getVariable(b.getId(), "customerId");
        Map<String, Object> variablesOfA = runtime.getVariables(a.getId());
        Task reviewOfA = tasks.createTaskQuery().processInstanceId(a.getId()).singleResult();

        ResponseEntity<JsonNode> refused = post("sup1", "/engine-rest/task/" + reviewOfA.getId() + "/complete",
                variables(ordered("reviewDecision", "APPROVE", "customerId", idB, "owner", "sup1")));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().path("message").asText()).contains("字段 customerId、owner 不是该表单的字段");
        assertThat(runtime.getVariables(a.getId())).isEqualTo(variablesOfA);
        assertThat(tasks.createTaskQuery().taskId(reviewOfA.getId()).count()).isEqualTo(1);
        assertThat(support.customerRow(numberB)).containsEntry("status", "PENDING_REVIEW");
        assertThat(support.count("SELECT COUNT(*) FROM customer_confirmation cc JOIN customer c ON c.id = cc.customer_id "
                + "WHERE c.customer_number = ?", numberB)).as("no confirmation request to B's contacts").isZero();

        // what the review form really sends still works
        ResponseEntity<JsonNode> approved = post("sup1", "/engine-rest/task/" + reviewOfA.getId() + "/complete",
                variables(Map.of("reviewDecision", "APPROVE", "reviewComment", "")));
        assertThat(approved.getStatusCode().value()).isEqualTo(204);
        String numberA = (String) variablesOfA.get("customerNumber");
        assertThat(support.customerRow(numberA)).containsEntry("status", "ACTIVE");
        assertThat(support.customerRow(numberB)).containsEntry("status", "PENDING_REVIEW");
    }

    @Test
    void aSalesUserCannotSkipTheEntryCheckWithAFlag() {
        EntrySubmission first = EntryExamples.company();
        support.submitStartForm("sales1", first);
        EntrySubmission other = EntryExamples.company();
        EntrySubmission duplicate = EntryExamples.withCustomer(other, EntryExamples.name(other.customer(), first.customer().name()));
        Map<String, Object> form = new LinkedHashMap<>(EntryFormFields.toVariables(duplicate));
        long instances = runtime.createProcessInstanceQuery().processDefinitionKey("customer-entry").count();

        form.put("entryPrechecked", true);
        ResponseEntity<JsonNode> refused = post("sales1",
                "/engine-rest/process-definition/key/customer-entry/submit-form", variables(form));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().path("message").asText()).contains("字段 entryPrechecked 不是该表单的字段");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("customer-entry").count()).isEqualTo(instances);
        assertThat(support.count("SELECT COUNT(*) FROM customer WHERE name = ?", first.customer().name())).isEqualTo(1);

        // the form's own fields start it, and the check finds the duplicate
        form.remove("entryPrechecked");
        ResponseEntity<JsonNode> started = post("sales1",
                "/engine-rest/process-definition/key/customer-entry/submit-form", variables(form));
        assertThat(started.getStatusCode().value()).isEqualTo(200);
        String instanceId = started.getBody().path("id").asText();
        assertThat(tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_ResolveDuplicate");
        assertThat(support.count("SELECT COUNT(*) FROM customer WHERE name = ?", first.customer().name())).isEqualTo(1);
    }

    @Test
    void aReadOnlyFieldMayComeBackOnlyUnchanged() {
        EntrySubmission first = EntryExamples.company();
        ProcessInstance original = support.submitStartForm("sales1", first);
        String number = (String) runtime.getVariable(original.getId(), "customerNumber");
        EntrySubmission other = EntryExamples.company();
        ProcessInstance duplicate = support.submitStartForm("sales1",
                EntryExamples.withCustomer(other, EntryExamples.phone(other.customer(), first.customer().phone())));
        Task resolve = tasks.createTaskQuery().processInstanceId(duplicate.getId()).singleResult();
        String someoneElse = (String) runtime.getVariable(
                support.submitStartForm("sales1", EntryExamples.company()).getId(), "customerNumber");

        ResponseEntity<JsonNode> changed = post("sales1", "/engine-rest/task/" + resolve.getId() + "/submit-form",
                variables(Map.of("duplicateResolution", "ATTACH", "duplicateCustomerNumber", someoneElse)));
        assertThat(changed.getStatusCode().value()).isEqualTo(400);
        assertThat(changed.getBody().path("message").asText()).contains("字段 duplicateCustomerNumber 是只读字段");
        assertThat(runtime.getVariable(duplicate.getId(), "duplicateCustomerNumber")).isEqualTo(number);

        // Tasklist sends the read-only field back as it showed it
        ResponseEntity<JsonNode> unchanged = post("sales1", "/engine-rest/task/" + resolve.getId() + "/submit-form",
                variables(Map.of("duplicateResolution", "DIFFERENT", "duplicateCustomerNumber", number)));
        assertThat(unchanged.getStatusCode().value()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().processInstanceId(duplicate.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_SupervisorReview");
    }

    @Test
    void tasklistsEngineApiIsGuardedToo() {
        ProcessInstance instance = support.submitStartForm("sales2", EntryExamples.company());
        Task review = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        HttpHeaders session = webappLogin("sup1");
        session.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<JsonNode> refused = rest.exchange("/camunda/api/engine/engine/default/task/" + review.getId()
                        + "/submit-form", HttpMethod.POST,
                new HttpEntity<>(write(variables(ordered("reviewDecision", "APPROVE", "owner", "sup1"))), session),
                JsonNode.class);

        assertThat(refused.getStatusCode().value()).as(String.valueOf(refused.getBody())).isEqualTo(400);
        assertThat(refused.getBody().path("message").asText()).contains("字段 owner 不是该表单的字段");
        assertThat(runtime.getVariable(instance.getId(), "owner")).isEqualTo("sales2");
    }

    @Test
    void theJavaApiIsGuardedForALoggedInUserAndOpenToTheApplication() {
        ProcessInstance instance = support.submitStartForm("sales1", EntryExamples.company());
        Task review = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        identity.setAuthentication("sup1", groupsOf("sup1"));
        try {
            assertThatThrownBy(() -> tasks.setVariable(review.getId(), "reviewer", "sup1x"))
                    .isInstanceOf(FieldRefusedException.class).hasMessageContaining("字段 reviewer ");
            assertThatThrownBy(() -> tasks.complete(review.getId(), Map.of("reviewDecision", "APPROVE", "customerId", 1L)))
                    .isInstanceOf(FieldRefusedException.class).hasMessageContaining("字段 customerId ");
            // the application's own calls (variables it chose itself) pass, still as the user
            ApplicationCalls.run(() -> {
                tasks.complete(review.getId(), Map.of("reviewDecision", "APPROVE", "guardTestMarker", "set by the application"));
                return null;
            });
        } finally {
            identity.clearAuthentication();
        }
        assertThat(runtime.getVariable(instance.getId(), "reviewer")).isEqualTo("sup1");
        assertThat(runtime.getVariable(instance.getId(), "guardTestMarker")).isEqualTo("set by the application");
    }

    @Test
    void anAdministratorMayStillRepairVariablesButNotSubmitForeignFields() {
        ProcessInstance instance = support.submitStartForm("sales1", EntryExamples.company());
        Task review = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();

        ResponseEntity<JsonNode> edited = rest.withBasicAuth("admin", "Lifeline-Admin-2026").exchange(
                "/engine-rest/process-instance/" + instance.getId() + "/variables/reviewer", HttpMethod.PUT,
                new HttpEntity<>(write(Map.of("value", "sup1", "type", "String")), jsonHeaders()), JsonNode.class);
        ResponseEntity<JsonNode> completed = rest.withBasicAuth("admin", "Lifeline-Admin-2026").exchange(
                "/engine-rest/task/" + review.getId() + "/complete", HttpMethod.POST,
                new HttpEntity<>(write(variables(Map.of("reviewDecision", "APPROVE", "customerId", 1))), jsonHeaders()),
                JsonNode.class);

        assertThat(edited.getStatusCode().value()).isEqualTo(204);
        assertThat(completed.getStatusCode().value()).isEqualTo(400);
        assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);
    }

    @Test
    void aModelMayAllowVariablesBeyondItsForm() {
        repository.createDeployment().name("formguard-test")
                .addClasspathResource("formguard/allowed-variables.bpmn")
                .addClasspathResource("formguard/allowed-variables.form")
                .enableDuplicateFiltering(true)
                .deploy();
        String worker = "guardmodeller";
        if (identity.createUserQuery().userId(worker).count() == 0) {
            User user = identity.newUser(worker);
            user.setFirstName("模型");
            user.setLastName("测试");
            user.setPassword("Guard-Modeller-2026");
            identity.saveUser(user);
        }
        // as staff have on the definitions they work in (completing the last task needs it)
        if (authorizations.createAuthorizationQuery().userIdIn(worker).resourceId("formguard-allowed").count() == 0) {
            Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            read.setUserId(worker);
            read.setResource(Resources.PROCESS_DEFINITION);
            read.setResourceId("formguard-allowed");
            read.addPermission(ProcessDefinitionPermissions.READ);
            authorizations.saveAuthorization(read);
        }
        ProcessInstance instance = runtime.startProcessInstanceByKey("formguard-allowed", Map.of("worker", worker));
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        String complete = "/engine-rest/task/" + task.getId() + "/complete";

        ResponseEntity<JsonNode> foreign = rest.withBasicAuth(worker, "Guard-Modeller-2026").exchange(complete,
                HttpMethod.POST, new HttpEntity<>(write(variables(Map.of("answer", "42", "worker", "me"))), jsonHeaders()),
                JsonNode.class);
        ResponseEntity<JsonNode> allowed = rest.withBasicAuth(worker, "Guard-Modeller-2026").exchange(complete,
                HttpMethod.POST, new HttpEntity<>(write(variables(Map.of("answer", "42", "extraNote", "ok", "otherNote", "ok"))),
                        jsonHeaders()), JsonNode.class);

        assertThat(foreign.getStatusCode().value()).isEqualTo(400);
        assertThat(foreign.getBody().path("message").asText()).contains("字段 worker ");
        assertThat(allowed.getStatusCode().value()).as(String.valueOf(allowed.getBody())).isEqualTo(204);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    private ResponseEntity<JsonNode> post(String user, String path, Object body) {
        return rest.withBasicAuth(user, PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(write(body), jsonHeaders()),
                JsonNode.class);
    }

    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    private static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return Map.of("variables", variables);
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return headers;
    }

    private List<String> groupsOf(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    /** As the browser does: open Tasklist (session + XSRF cookie), then post the login form with the token. */
    private HttpHeaders webappLogin(String user) {
        return WebappCookies.tasklistSession(rest, user, PASSWORD);
    }
}
