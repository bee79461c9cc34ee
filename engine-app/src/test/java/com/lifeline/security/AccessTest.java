package com.lifeline.security;

import com.lifeline.support.LifelineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing but health, the customer's signed link and the login pages without logging in. */
@LifelineIntegrationTest
class AccessTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void anonymousCallersGetOnlyHealthAndLoginPages() {
        assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/api/customers/SH2026001", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.postForEntity("/api/entries", "{}", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/camunda/app/tasklist/default/", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theAdminSetupEndpointIsBlocked() {
        assertThat(rest.postForEntity("/camunda/api/admin/setup/default/user/create", "{}", String.class)
                .getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(rest.withBasicAuth("admin", "Lifeline-Admin-2026")
                .postForEntity("/camunda/api/admin/setup/default/user/create", "{}", String.class)
                .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.UNAUTHORIZED);
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
