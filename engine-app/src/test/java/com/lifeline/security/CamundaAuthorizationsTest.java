package com.lifeline.security;

import com.lifeline.support.WebappCookies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeline.entry.EntryExamples;
import com.lifeline.inbox.TasklistFilters;
import com.lifeline.org.StaffGroups;
import com.lifeline.support.EntryTestSupport;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda authorizations on: who sees which tasks and filters, who opens which webapp, who deploys,
 * and that users cannot run expressions through task queries. All through HTTP as the users.
 */
@LifelineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CamundaAuthorizationsTest {

    static final String PASSWORD = "Demo-Pass-2026";
    static final String ADMIN_PASSWORD = "Lifeline-Admin-2026";

    @Autowired TestRestTemplate rest;
    @Autowired EntryTestSupport support;
    @Autowired TaskService tasks;
    @Autowired org.camunda.bpm.engine.IdentityService identity;
    @Autowired AuthorizationService authorizations;
    @Autowired RepositoryService repository;
    @Autowired CamundaAuthorizations runner;
    @Autowired StaffGroups roles;
    private final ObjectMapper json = new ObjectMapper();

    /** sales1's own 更正录入 (an entry that fails the checks) and sup1's 主管复核 of a clean one. */
    private String correction;
    private String review;

    /** Not @BeforeAll: the process-coverage recorder only accepts engine events while a test runs. */
    @BeforeEach
    void twoEntriesBySales1() {
        // a wrong password elsewhere locks a user for seconds; these tests are about grants, not locks
        for (String user : List.of("sales1", "sales2", "sup1", "mgr1", "service1", "designer1", "itops1",
                "steward1", "admin")) {
            identity.unlockUser(user);
        }
        if (review != null) {
            return;
        }
        ProcessInstance broken = support.submitStartForm("sales1",
                EntryExamples.withCustomer(EntryExamples.company(),
                        EntryExamples.phone(EntryExamples.company().customer(), "12345")));
        correction = taskOf(broken, "Task_CorrectEntry");
        review = taskOf(support.submitStartForm("sales1", EntryExamples.company()), "Task_SupervisorReview");
    }

    private String taskOf(ProcessInstance instance, String key) {
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
        assertThat(task).as(key).isNotNull();
        return task.getId();
    }

    // --- tasks -------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} sees correction={1} review={2}")
    @CsvSource({
            "sales1,   true,  false",
            "sales2,   false, false",
            "sup1,     false, true",
            "mgr1,     false, false",
            "service1, false, false",
            "designer1,false, false",
            "admin,    true,  true"})
    void eachUserSeesOnlyTasksAssignedOrOfferedToThem(String user, boolean seesCorrection, boolean seesReview)
            throws Exception {
        Set<String> visible = ids(as(user).getForEntity("/engine-rest/task?maxResults=1000", String.class));

        assertThat(visible.contains(correction)).as("correction").isEqualTo(seesCorrection);
        assertThat(visible.contains(review)).as("review").isEqualTo(seesReview);
        assertThat(as(user).getForEntity("/engine-rest/task/" + review, String.class).getStatusCode())
                // the engine's query finds no task this user may read: 404, which does not even confirm it exists
                .isEqualTo(seesReview ? HttpStatus.OK : HttpStatus.NOT_FOUND);
    }

    @Test
    void serviceStaffWithNothingAssignedSeeNoTaskAtAll() throws Exception {
        assertThat(ids(as("service1").getForEntity("/engine-rest/task?maxResults=1000", String.class))).isEmpty();
    }

    @Test
    void anAssigneeMayWorkOnTheTaskButNotHandItToSomeoneElse() {
        // TASK_WORK, not UPDATE: no reassigning or deleting one's own task
        ResponseEntity<String> reassign = as("sup1").postForEntity("/engine-rest/task/" + review + "/assignee",
                jsonBody("{\"userId\": \"sales2\"}"), String.class);
        assertThat(reassign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("sup1").getForEntity("/engine-rest/task/" + review + "/form-variables", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("sales1").getForEntity("/engine-rest/task/" + review + "/form-variables", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    // --- filters -----------------------------------------------------------------------------------

    /** 待我审批 too: the models decide who approves, so every role may get an approval. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"sales1", "service1", "sup1", "mgr1", "committee1"})
    void everyoneSeesTheSharedFilters(String user) throws Exception {
        JsonNode list = json.readTree(as(user).getForObject("/engine-rest/filter", String.class));
        List<String> names = new ArrayList<>();
        list.forEach(f -> names.add(f.get("name").asText()));

        assertThat(names).contains(TasklistFilters.MINE, TasklistFilters.MY_GROUPS, TasklistFilters.DUE_SOON,
                TasklistFilters.OVERDUE, TasklistFilters.APPROVALS);
    }

    @Test
    void theStoredFilterExpressionsStillWorkForTheLoggedInUser() throws Exception {
        String mine = filterId(TasklistFilters.MINE);

        assertThat(ids(as("sales1").getForEntity("/engine-rest/filter/" + mine + "/list?maxResults=1000", String.class)))
                .contains(correction).doesNotContain(review);
        assertThat(ids(as("sup1").getForEntity("/engine-rest/filter/" + mine + "/list?maxResults=1000", String.class)))
                .contains(review).doesNotContain(correction);
    }

    @Test
    void staffCannotCreateFilters() {
        ResponseEntity<String> created = as("sales1").postForEntity("/engine-rest/filter/create", jsonBody(
                "{\"resourceType\": \"Task\", \"name\": \"mine\", \"query\": {\"assigneeExpression\": \"${currentUser()}\"}}"),
                String.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void staffCannotChangeTheSharedFilters() {
        String mine = filterId(TasklistFilters.MINE);
        ResponseEntity<String> changed = as("sales1").exchange("/engine-rest/filter/" + mine, HttpMethod.PUT, jsonBody(
                "{\"resourceType\": \"Task\", \"name\": \"" + TasklistFilters.MINE + "\", \"query\": {}}"), String.class);

        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    // --- expressions in queries ----------------------------------------------------------------------

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "sales1 | GET  | /engine-rest/task?assigneeExpression=${currentUser()}",
            "sales1 | POST | /engine-rest/task",
            "sales1 | POST | /engine-rest/task/count",
            "sales1 | POST | /engine-rest/filter/{mine}/list",
            "sales1 | POST | /engine-rest/filter/{mine}/count",
            "admin  | POST | /engine-rest/task"})
    void taskQueriesCarryingExpressionsAreRefused(String user, String method, String url) {
        String target = url.replace("{mine}", filterId(TasklistFilters.MINE));
        ResponseEntity<String> response = "GET".equals(method)
                ? as(user).getForEntity(target.replace("${currentUser()}", "{expression}"), String.class,
                        Map.of("expression", "${currentUser()}"))
                : as(user).postForEntity(target, jsonBody(
                        "{\"orQueries\": [{\"assigneeExpression\": \"${currentUser()}\"}]}"), String.class);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("Expressions are forbidden");
    }

    @Test
    void theSameQueriesWithoutExpressionsAnswer() throws Exception {
        ResponseEntity<String> or = as("sales1").postForEntity("/engine-rest/task?maxResults=1000",
                jsonBody("{\"orQueries\": [{\"assignee\": \"sales1\", \"owner\": \"sales1\"}]}"), String.class);

        assertThat(or.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ids(or)).contains(correction);
        assertThat(as("sales1").postForEntity("/engine-rest/filter/" + filterId(TasklistFilters.MINE) + "/count",
                jsonBody("{\"orQueries\": [{\"assignee\": \"sales1\"}]}"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    // --- applications and deployments ----------------------------------------------------------------

    @ParameterizedTest(name = "{0} ({1}): tasklist={2} cockpit={3} admin={4}")
    @CsvSource({
            "sales1,    sales,         true, false, false",
            "sup1,      supervisors,   true, false, false",
            "itops1,    it-ops,        true, false, false",
            "designer1, designers,     true, false, false",
            "admin,     camunda-admin, true, true,  true"})
    void onlyAdministratorsOpenCockpitAndAdmin(String user, String group, boolean tasklist, boolean cockpit,
                                               boolean admin) {
        for (Map.Entry<String, Boolean> app : Map.of("tasklist", tasklist, "cockpit", cockpit, "admin", admin).entrySet()) {
            assertThat(authorizations.isUserAuthorized(user, List.of(group), Permissions.ACCESS, Resources.APPLICATION,
                    app.getKey())).as(app.getKey()).isEqualTo(app.getValue());
        }
        assertThat(webappLogin(user, "admin".equals(user) ? ADMIN_PASSWORD : PASSWORD, "cockpit"))
                .isEqualTo(cockpit ? HttpStatus.OK : HttpStatus.FORBIDDEN);
    }

    @Test
    void tasklistLoginWorksForStaff() {
        assertThat(webappLogin("sales1", PASSWORD, "tasklist")).isEqualTo(HttpStatus.OK);
    }

    @ParameterizedTest(name = "{0} deploys: {1}")
    @CsvSource({"sales1, false", "mgr1, false", "itops1, false", "designer1, true", "admin, true"})
    void onlyDesignersAndAdministratorsCreateDeployments(String user, boolean allowed) throws Exception {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "authz-test-" + user);
        form.add("deployment-source", "authz-test");
        form.add("note.txt", new ByteArrayResource("nothing to run".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "note.txt";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        ResponseEntity<String> response = as(user).postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(form, headers), String.class);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(allowed ? HttpStatus.OK : HttpStatus.FORBIDDEN);
        if (allowed) {
            repository.deleteDeployment(json.readTree(response.getBody()).get("id").asText(), true);
        }
    }

    @ParameterizedTest(name = "{0} may start {1}: {2}")
    @CsvSource({
            "sales1,   customer-entry, true",
            "sup1,     customer-entry, true",
            "mgr1,     customer-entry, true",
            "service1, customer-entry, false",
            "steward1, customer-entry, false",
            "sales1,   access-request, true",
            "service1, access-request, true",
            "sales1,   staff-handover, false",
            "mgr1,     staff-handover, false",
            "admin,    staff-handover, true"})
    void tasklistOffersEachRoleTheProcessesItMayStart(String user, String key, boolean startable) throws Exception {
        JsonNode list = json.readTree(as(user).getForObject(
                "/engine-rest/process-definition?latestVersion=true&startableInTasklist=true&startablePermissionCheck=true",
                String.class));
        List<String> keys = new ArrayList<>();
        list.forEach(d -> keys.add(d.get("key").asText()));

        assertThat(keys.contains(key)).isEqualTo(startable);
    }

    @Test
    void grantingTwiceCreatesNothingNew() {
        long before = authorizations.createAuthorizationQuery().count();
        runner.run(new DefaultApplicationArguments());

        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(before);
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("designers").resourceType(Resources.DEPLOYMENT)
                .hasPermission(Permissions.CREATE).count()).isEqualTo(1);
        assertThat(authorizations.createAuthorizationQuery().groupIdIn(roles.all()
                        .stream().filter(g -> !g.equals("designers")).toArray(String[]::new))
                .resourceType(Resources.DEPLOYMENT).count()).isZero();
        assertThat(authorizations.createAuthorizationQuery().groupIdIn(roles.all()
                .toArray(String[]::new)).resourceType(Resources.FILTER).hasPermission(Permissions.CREATE).count()).isZero();
        assertThat(authorizations.isUserAuthorized("admin", List.of(Groups.CAMUNDA_ADMIN), Permissions.ALL,
                Resources.DEPLOYMENT)).isTrue();
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "admin".equals(user) ? ADMIN_PASSWORD : PASSWORD);
    }

    private static HttpEntity<String> jsonBody(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private Set<String> ids(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        Set<String> ids = new java.util.HashSet<>();
        json.readTree(response.getBody()).forEach(t -> ids.add(t.get("id").asText()));
        return ids;
    }

    private String filterId(String name) {
        try {
            JsonNode list = json.readTree(as("admin").getForObject("/engine-rest/filter?name={name}", String.class,
                    Map.of("name", name)));
            return list.get(0).get("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpStatus webappLogin(String user, String password, String app) {
        return WebappCookies.login(rest, user, password, app).status();
    }
}
