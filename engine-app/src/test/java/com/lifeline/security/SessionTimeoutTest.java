package com.lifeline.security;

import com.lifeline.support.LifelineIntegrationTest;
import com.lifeline.support.WebappCookies;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The idle (30 min) and absolute (8 h) limits of the one session, on a Lifeline page, in /api and in
 * Tasklist alike. Time passes by moving the session's stored times back in the database, where
 * every node reads them.
 */
@LifelineIntegrationTest
class SessionTimeoutTest {

    static final String PASSWORD = "Demo-Pass-2026";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;

    @Test
    void aSessionIdlePastThirtyMinutesIsRefusedOnLifelinePagesAndInTasklistAlike() {
        String id = newUser("idle");
        HttpHeaders session = WebappCookies.login(rest, id, PASSWORD).session();
        assertThat(works(session)).containsExactly(HttpStatus.OK, HttpStatus.OK, HttpStatus.OK);

        idle(id, Duration.ofMinutes(29));
        assertThat(works(session)).containsExactly(HttpStatus.OK, HttpStatus.OK, HttpStatus.OK);

        idle(id, Duration.ofMinutes(31));
        assertThat(works(session)).containsExactly(HttpStatus.FOUND, HttpStatus.UNAUTHORIZED, HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aSessionEndsEightHoursAfterLoginHoweverBusy() {
        String id = newUser("abs");
        HttpHeaders session = WebappCookies.login(rest, id, PASSWORD).session();
        begunAgo(id, Duration.ofHours(7).plusMinutes(59));
        assertThat(works(session)).containsExactly(HttpStatus.OK, HttpStatus.OK, HttpStatus.OK);

        begunAgo(id, Duration.ofHours(8).plusMinutes(1));
        assertThat(works(session)).containsExactly(HttpStatus.FOUND, HttpStatus.UNAUTHORIZED, HttpStatus.UNAUTHORIZED);
    }

    /** The customer directory page, /api, and Tasklist's own API, with the session's cookies. */
    private List<HttpStatus> works(HttpHeaders session) {
        HttpHeaders page = new HttpHeaders();
        page.addAll(session);
        page.setAccept(List.of(MediaType.TEXT_HTML));
        ResponseEntity<String> directory = rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                .exchange("/customers", HttpMethod.GET, new HttpEntity<>(page), String.class);
        ResponseEntity<String> api = rest.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(session), String.class);
        ResponseEntity<String> tasklist = rest.exchange("/camunda/api/engine/engine/default/task/count", HttpMethod.GET,
                new HttpEntity<>(session), String.class);
        return List.of(HttpStatus.valueOf(directory.getStatusCode().value()), HttpStatus.valueOf(api.getStatusCode().value()),
                HttpStatus.valueOf(tasklist.getStatusCode().value()));
    }

    private void idle(String userId, Duration idle) {
        long lastAccess = System.currentTimeMillis() - idle.toMillis();
        assertThat(jdbc.update("UPDATE SPRING_SESSION SET LAST_ACCESS_TIME = ?, EXPIRY_TIME = ? + MAX_INACTIVE_INTERVAL * 1000 "
                + "WHERE PRINCIPAL_NAME = ?", lastAccess, lastAccess, userId)).isEqualTo(1);
    }

    private void begunAgo(String userId, Duration age) {
        assertThat(jdbc.update("UPDATE SPRING_SESSION SET CREATION_TIME = ? WHERE PRINCIPAL_NAME = ?",
                System.currentTimeMillis() - age.toMillis(), userId)).isEqualTo(1);
    }

    private String newUser(String prefix) {
        String id = prefix + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        User user = identity.newUser(id);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, "sales");
        return id;
    }
}
