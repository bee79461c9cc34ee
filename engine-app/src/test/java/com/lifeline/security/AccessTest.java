package com.lifeline.security;

import com.lifeline.support.LifelineIntegrationTest;
import com.lifeline.support.WebappCookies;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing but health, the customer's signed link and the login pages without logging in. */
@LifelineIntegrationTest
class AccessTest {

    private static final String INTRUDER = "setup-intruder";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identity;

    @Test
    void anonymousCallersGetOnlyHealthAndLoginPages() {
        assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/api/customers/SH2026001", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.postForEntity("/api/entries", "{}", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/camunda/app/tasklist/default/", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /**
     * Camunda's setup creates an administrator whenever camunda-admin has no member (CVE-2026-77226).
     * The group is emptied for this test and the request carries the webapps' XSRF token, so only
     * our block stands between it and a new administrator.
     */
    @Test
    void theAdminSetupEndpointCreatesNoAdministratorEvenWhenCamundaWouldAccept() {
        List<String> admins = identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list().stream()
                .map(User::getId).toList();
        assertThat(admins).isNotEmpty();
        admins.forEach(id -> identity.deleteMembership(id, Groups.CAMUNDA_ADMIN));
        try {
            Map<String, String> cookies = new LinkedHashMap<>();
            WebappCookies.collect(rest.getForEntity("/camunda/app/admin/default/", String.class), cookies);
            HttpHeaders headers = WebappCookies.headers(cookies);
            assertThat(headers.getFirst("X-XSRF-TOKEN")).isNotBlank();
            headers.setContentType(MediaType.APPLICATION_JSON);
            String body = "{\"profile\": {\"id\": \"" + INTRUDER + "\", \"firstName\": \"X\", \"lastName\": \"Y\","
                    + " \"email\": \"intruder@example.test\"}, \"credentials\": {\"password\": \"Kv3-intruder-Zq8\"}}";

            ResponseEntity<String> answer = rest.exchange("/camunda/api/admin/setup/default/user/create", HttpMethod.POST,
                    new HttpEntity<>(body, headers), String.class);

            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(identity.createUserQuery().userId(INTRUDER).count()).isZero();
            assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isZero();
        } finally {
            if (identity.createUserQuery().userId(INTRUDER).count() > 0) {
                identity.deleteUser(INTRUDER);
            }
            admins.forEach(id -> identity.createMembership(id, Groups.CAMUNDA_ADMIN));
        }
        assertThat(rest.withBasicAuth("admin", "Lifeline-Admin-2026")
                .postForEntity("/camunda/api/admin/setup/default/user/create", "{}", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void loggedInStaffReachTheApiAndEngineRest() {
        assertThat(rest.withBasicAuth("sales1", "Demo-Pass-2026").getForEntity("/v3/api-docs", String.class)
                .getBody()).contains("/api/entries");
        assertThat(rest.withBasicAuth("sales1", "Demo-Pass-2026").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("nobody", "wrong").getForEntity("/api/customers/SH2026001", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
