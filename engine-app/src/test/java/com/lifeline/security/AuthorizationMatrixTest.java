package com.lifeline.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntrySubmission;
import com.lifeline.entry.EntrySubmissions;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role × every customer operation, through the HTTP API. Customers: OWN (sales1's),
 * TEAM (sales2's, same team), OTHER_DEPT (hq.sales's, another department). A customer outside the
 * scope must be 404, and masked roles must never see a full phone number.
 */
@LifelineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    private static final String PASSWORD = "Demo-Pass-2026";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    EntrySubmissions submissions;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;

    private final Map<String, String> numbers = new java.util.HashMap<>();
    private final Map<String, String> phones = new java.util.HashMap<>();

    /** Not @BeforeAll: the process-coverage recorder only accepts engine events while a test runs. */
    @BeforeEach
    void customersInThreePlaces() {
        if (!numbers.isEmpty()) {
            return;
        }
        if (identity.createUserQuery().userId("hqsales").count() == 0) {
            User user = identity.newUser("hqsales");
            user.setFirstName("总部");
            user.setLastName("销售");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership("hqsales", "sales");
            jdbc.update("INSERT INTO org_team (id, department_id, name) VALUES ('HQ-SALES', 'HQ', '总部直销')");
            jdbc.update("INSERT INTO org_member (user_id, team_id, supervisor_user_id) VALUES ('hqsales', 'HQ-SALES', 'mgr2')");
        }
        enter("OWN", "sales1", List.of("sales"));
        enter("TEAM", "sales2", List.of("sales"));
        enter("OTHER_DEPT", "hqsales", List.of("sales"));
    }

    private void enter(String key, String user, List<String> groups) {
        EntrySubmission entry = EntryExamples.company();
        numbers.put(key, submissions.submit(entry, null, new CurrentUser(user, groups)).customerNumber());
        String phone = entry.contacts().get(0).phone();
        phones.put(key, "+86" + phone);
    }

    static Stream<Arguments> viewMatrix() {
        return Stream.of(
                // user, customer, expected status, full details?
                Arguments.of("sales1", "OWN", 200, true),
                Arguments.of("sales1", "TEAM", 404, false),
                Arguments.of("sales1", "OTHER_DEPT", 404, false),
                Arguments.of("sales2", "OWN", 404, false),
                Arguments.of("sup1", "OWN", 200, true),
                Arguments.of("sup1", "TEAM", 200, true),
                Arguments.of("sup1", "OTHER_DEPT", 404, false),
                Arguments.of("mgr1", "TEAM", 200, true),
                Arguments.of("mgr1", "OTHER_DEPT", 404, false),
                Arguments.of("mgr2", "OTHER_DEPT", 200, true),
                Arguments.of("mgr2", "OWN", 404, false),
                Arguments.of("service1", "OWN", 200, false),
                Arguments.of("service1", "OTHER_DEPT", 200, false),
                Arguments.of("steward1", "TEAM", 200, false),
                Arguments.of("dataadmin1", "OWN", 404, false),
                Arguments.of("itops1", "OWN", 404, false),
                Arguments.of("committee1", "OWN", 404, false),
                Arguments.of("compliance1", "OWN", 404, false),
                Arguments.of("designer1", "OWN", 404, false));
    }

    @ParameterizedTest(name = "{0} views {1}: {2}")
    @MethodSource("viewMatrix")
    void viewing(String user, String customer, int expected, boolean full) {
        ResponseEntity<JsonNode> response = rest.withBasicAuth(user, PASSWORD)
                .getForEntity("/api/customers/" + numbers.get(customer), JsonNode.class);

        assertThat(response.getStatusCode().value()).isEqualTo(expected);
        if (expected == 200) {
            String primaryPhone = response.getBody().at("/contacts/0/phone").asText();
            assertThat(response.getBody().get("masked").asBoolean()).isEqualTo(!full);
            assertThat(primaryPhone).isEqualTo(full ? phones.get(customer) : masked(phones.get(customer)));
        }
    }

    @org.junit.jupiter.api.Test
    void anApprovedAccessRequestOpensOneCustomerToADataAdminUntilItExpires() {
        String number = numbers.get("OTHER_DEPT");
        long id = jdbc.queryForObject("SELECT id FROM customer WHERE customer_number = ?", Long.class, number);
        assertThat(rest.withBasicAuth("dataadmin1", PASSWORD).getForEntity("/api/customers/" + number, String.class)
                .getStatusCode().value()).isEqualTo(404);

        jdbc.update("INSERT INTO access_grant (user_id, customer_id, reason, approved_by, granted_at, expires_at, process_instance_id)"
                + " VALUES ('dataadmin1', ?, '核对数据', 'mgr2', NOW() - INTERVAL 1 HOUR, NOW() + INTERVAL 1 DAY, 'matrix-test')", id);
        assertThat(rest.withBasicAuth("dataadmin1", PASSWORD).getForEntity("/api/customers/" + number, String.class)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(rest.withBasicAuth("dataadmin1", PASSWORD).getForEntity("/api/customers/" + numbers.get("OWN"), String.class)
                .getStatusCode().value()).isEqualTo(404);

        jdbc.update("UPDATE access_grant SET expires_at = NOW() - INTERVAL 1 MINUTE WHERE user_id = 'dataadmin1' AND customer_id = ?", id);
        assertThat(rest.withBasicAuth("dataadmin1", PASSWORD).getForEntity("/api/customers/" + number, String.class)
                .getStatusCode().value()).isEqualTo(404);
    }

    static Stream<Arguments> searchMatrix() {
        return Stream.of(
                Arguments.of("sales1", "OWN", true), Arguments.of("sales1", "TEAM", false),
                Arguments.of("sup1", "TEAM", true), Arguments.of("sup1", "OTHER_DEPT", false),
                Arguments.of("mgr2", "OTHER_DEPT", true), Arguments.of("service1", "OTHER_DEPT", true),
                Arguments.of("dataadmin1", "OWN", false), Arguments.of("itops1", "OWN", false),
                Arguments.of("compliance1", "TEAM", false));
    }

    @ParameterizedTest(name = "{0} searches {1} by number and phone: found={2}")
    @MethodSource("searchMatrix")
    void searching(String user, String customer, boolean found) {
        String number = numbers.get(customer);
        JsonNode byNumber = rest.withBasicAuth(user, PASSWORD).getForObject("/api/customers?q=" + number, JsonNode.class);
        JsonNode byPhone = rest.withBasicAuth(user, PASSWORD)
                .getForObject("/api/customers?q=" + phones.get(customer).substring(3), JsonNode.class);

        assertThat(byNumber.findValuesAsText("customerNumber").contains(number)).isEqualTo(found);
        assertThat(byPhone.findValuesAsText("customerNumber").contains(number)).isEqualTo(found);
    }

    static Stream<Arguments> statusMatrix() {
        return Stream.of(
                Arguments.of("sales1", "TEAM", 404),      // IDOR: not in scope
                Arguments.of("service1", "TEAM", 403),    // sees it, may not change it
                Arguments.of("dataadmin1", "TEAM", 404),
                Arguments.of("itops1", "TEAM", 404),
                Arguments.of("steward1", "TEAM", 204),
                Arguments.of("sup1", "OWN", 204));
    }

    @ParameterizedTest(name = "{0} changes the status of {1}: {2}")
    @MethodSource("statusMatrix")
    void changingStatus(String user, String customer, int expected) {
        String number = numbers.get(customer);
        jdbc.update("UPDATE customer SET status = 'ACTIVE' WHERE customer_number = ?", number);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = rest.withBasicAuth(user, PASSWORD).exchange("/api/customers/" + number + "/status",
                HttpMethod.PUT, new HttpEntity<>("{\"status\":\"DORMANT\",\"reason\":\"六个月无往来\"}", headers), String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(expected);
        assertThat(jdbc.queryForObject("SELECT status FROM customer WHERE customer_number = ?", String.class, number))
                .isEqualTo(expected == 204 ? "DORMANT" : "ACTIVE");
    }

    /**
     * Users holding an approved access request for OTHER_DEPT: the grant adds reading that one customer
     * (at the role's detail level) and takes nothing away; it never adds a right to change status.
     */
    static Stream<Arguments> grantMatrix() {
        return Stream.of(
                // user (grant on OTHER_DEPT), customer, operation, expected status, full details?
                Arguments.of("steward1", "TEAM", "view", 200, false),
                Arguments.of("steward1", "OTHER_DEPT", "view", 200, false),
                Arguments.of("steward1", "TEAM", "search", 200, false),
                Arguments.of("steward1", "TEAM", "status", 204, false),
                Arguments.of("steward1", "OTHER_DEPT", "status", 204, false),
                Arguments.of("service1", "OWN", "view", 200, false),
                Arguments.of("service1", "OTHER_DEPT", "view", 200, false),
                Arguments.of("service1", "OWN", "search", 200, false),
                Arguments.of("service1", "OTHER_DEPT", "status", 403, false),
                Arguments.of("dataadmin1", "OTHER_DEPT", "view", 200, true),
                Arguments.of("dataadmin1", "OTHER_DEPT", "search", 200, true),
                Arguments.of("dataadmin1", "OTHER_DEPT", "status", 403, false),
                Arguments.of("dataadmin1", "OWN", "view", 404, false),
                Arguments.of("sales1", "OWN", "view", 200, true),
                Arguments.of("sales1", "OWN", "status", 204, false),
                Arguments.of("sales1", "OTHER_DEPT", "view", 200, true),
                Arguments.of("sales1", "OTHER_DEPT", "status", 403, false),
                Arguments.of("sup1", "TEAM", "view", 200, true),
                Arguments.of("sup1", "OTHER_DEPT", "status", 403, false));
    }

    @ParameterizedTest(name = "{0} with a grant on OTHER_DEPT: {2} {1}: {3}")
    @MethodSource("grantMatrix")
    void aGrantAddsReadingAndTakesNothingAway(String user, String customer, String operation, int expected, boolean full) {
        long grantedId = jdbc.queryForObject("SELECT id FROM customer WHERE customer_number = ?", Long.class,
                numbers.get("OTHER_DEPT"));
        jdbc.update("INSERT INTO access_grant (user_id, customer_id, reason, approved_by, granted_at, expires_at, process_instance_id)"
                + " VALUES (?, ?, '核对数据', 'mgr2', NOW() - INTERVAL 1 HOUR, NOW() + INTERVAL 1 DAY, 'grant-matrix')", user, grantedId);
        try {
            switch (operation) {
                case "view" -> viewing(user, customer, expected, full);
                case "search" -> {
                    String number = numbers.get(customer);
                    JsonNode found = rest.withBasicAuth(user, PASSWORD).getForObject("/api/customers?q=" + number, JsonNode.class);
                    assertThat(found.findValuesAsText("customerNumber")).contains(number);
                    assertThat(found.get(0).get("phone").asText().contains("****")).as("masked").isEqualTo(!full);
                }
                case "status" -> changingStatus(user, customer, expected);
                default -> throw new IllegalArgumentException(operation);
            }
        } finally {
            jdbc.update("UPDATE access_grant SET revoked_at = NOW() WHERE process_instance_id = 'grant-matrix' AND revoked_at IS NULL");
        }
    }

    static Stream<Arguments> adminMatrix() {
        return Stream.of(
                Arguments.of("sales1", "/api/designer/deployments", 403),
                Arguments.of("mgr1", "/api/designer/deployments", 403),
                Arguments.of("sales1", "/api/admin/keys/rotate-master", 403),
                Arguments.of("designer1", "/api/admin/keys/rotate-master", 403));
    }

    @ParameterizedTest(name = "{0} POST {1}: {2}")
    @MethodSource("adminMatrix")
    void adminOperations(String user, String path, int expected) {
        assertThat(rest.withBasicAuth(user, PASSWORD).postForEntity(path, null, String.class).getStatusCode().value())
                .isEqualTo(expected);
    }

    private static String masked(String e164) {
        String digits = e164.substring(3);
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }
}
