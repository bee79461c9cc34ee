package com.lifeline.security;

import com.lifeline.support.LifelineIntegrationTest;
import com.lifeline.support.WebappCookies;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state-changing endpoint of the OpenAPI description (so new endpoints are covered without
 * touching this test) refuses, with 403 and no change to any table, a request from a foreign origin
 * (even with an admin's cached Basic credentials and a form body, as a foreign page's form sends)
 * and a request on a logged-in session cookie without the CSRF token.
 */
@LifelineIntegrationTest
class CrossSiteRequestTest {

    static final String ADMIN_PASSWORD = "Lifeline-Admin-2026";
    static final String PASSWORD = "Demo-Pass-2026";
    static final Set<String> STATE_CHANGING = Set.of("post", "put", "patch", "delete");
    /**
     * Written by the app's own background work (scheduler heartbeats, metrics, session access times, outbox retries,
     * each Quartz job's last run).
     */
    static final Set<String> BACKGROUND_TABLES = Set.of("spring_session", "spring_session_attributes", "login_throttle",
            "outbox", "act_ru_meter_log", "act_ru_task_meter_log", "schedule_run");

    record Operation(HttpMethod method, String template, String path) {
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;
    @LocalServerPort
    int port;

    @Test
    void foreignOriginsAndSessionsWithoutTokenAreRefusedOnEveryStateChangingEndpoint() {
        List<Operation> operations = stateChangingOperations();
        assertThat(operations).extracting(Operation::template)
                .contains("/api/entries", "/api/admin/users/{id}/disable", "/api/me/password", "/api/password");
        WebappCookies.Login admin = WebappCookies.login(rest, "admin", ADMIN_PASSWORD);
        assertThat(admin.status()).isEqualTo(HttpStatus.OK);
        String before = tableChecksums();

        List<String> notRefused = new ArrayList<>();
        for (Operation op : operations) {
            // a foreign page's form post, sent by a browser that cached an administrator's Basic password
            HttpHeaders foreign = new HttpHeaders();
            foreign.set(HttpHeaders.ORIGIN, "https://evil.example");
            foreign.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            ResponseEntity<String> fromForeignOrigin = rest.withBasicAuth("admin", ADMIN_PASSWORD)
                    .exchange(op.path(), op.method(), new HttpEntity<>("enabled=false&newPassword=x", foreign), String.class);
            check(op, "foreign Origin", fromForeignOrigin, SameOriginFilter.REFUSED, notRefused);

            // the admin's logged-in session cookie without the token
            HttpHeaders cookieOnly = admin.cookiesOnly();
            cookieOnly.setContentType(MediaType.APPLICATION_JSON);
            ResponseEntity<String> withoutToken = rest.exchange(op.path(), op.method(),
                    new HttpEntity<>("{}", cookieOnly), String.class);
            check(op, "session without CSRF token", withoutToken, "CSRF", notRefused);
        }
        assertThat(notRefused).isEmpty();
        assertThat(tableChecksums()).isEqualTo(before);
        assertThat(identity.getUserInfo("sales2", AccountState.DISABLED)).isNull();
    }

    @Test
    void theAppsOwnPagesAndScriptsStillWrite() {
        String id = "xs" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        User user = identity.newUser(id);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, "sales");
        WebappCookies.Login login = WebappCookies.login(rest, id, PASSWORD);

        // a page of the app: session cookie, the token, its own origin
        HttpHeaders page = login.session();
        page.set(HttpHeaders.ORIGIN, "http://localhost:" + port);
        page.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map> off = rest.exchange("/api/me/digest", HttpMethod.PUT, new HttpEntity<>("{\"enabled\":false}", page), Map.class);
        assertThat(off.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(off.getBody()).containsEntry("enabled", false);
        // the configured base URL is the app's origin too (lifeline.base-url)
        page.set(HttpHeaders.ORIGIN, "http://localhost:8080");
        assertThat(rest.exchange("/api/me/digest", HttpMethod.PUT, new HttpEntity<>("{\"enabled\":true}", page), Map.class)
                .getBody()).containsEntry("enabled", true);
        // a script: HTTP Basic, no Origin, no session
        HttpHeaders script = new HttpHeaders();
        script.setContentType(MediaType.APPLICATION_JSON);
        assertThat(rest.withBasicAuth(id, PASSWORD).exchange("/api/me/digest", HttpMethod.PUT,
                new HttpEntity<>("{\"enabled\":false}", script), Map.class).getBody()).containsEntry("enabled", false);
        // a page that lost its token is refused although same-origin
        HttpHeaders stale = login.cookiesOnly();
        stale.set("X-XSRF-TOKEN", "0123456789ABCDEF0123456789ABCDEF");
        stale.setContentType(MediaType.APPLICATION_JSON);
        assertThat(rest.exchange("/api/me/digest", HttpMethod.PUT, new HttpEntity<>("{\"enabled\":true}", stale), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static void check(Operation op, String attack, ResponseEntity<String> answer, String expectedMessage,
                              List<String> notRefused) {
        if (answer.getStatusCode() != HttpStatus.FORBIDDEN || answer.getBody() == null
                || !answer.getBody().contains(expectedMessage)) {
            notRefused.add(op.method() + " " + op.template() + " (" + attack + "): " + answer.getStatusCode());
        }
    }

    @SuppressWarnings("unchecked")
    private List<Operation> stateChangingOperations() {
        Map<String, Object> doc = rest.withBasicAuth("admin", ADMIN_PASSWORD).getForObject("/v3/api-docs", Map.class);
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((template, methods) -> methods.keySet().stream().filter(STATE_CHANGING::contains).forEach(method ->
                operations.add(new Operation(HttpMethod.valueOf(method.toUpperCase()), template,
                        template.replaceAll("\\{[^}]+}", "x1")))));
        return operations;
    }

    /** CHECKSUM TABLE of every table the requests could have changed. */
    private String tableChecksums() {
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name", String.class).stream()
                .filter(t -> !BACKGROUND_TABLES.contains(t.toLowerCase()) && !t.toLowerCase().startsWith("qrtz_"))
                .toList();
        return jdbc.queryForList("CHECKSUM TABLE " + tables.stream().map(t -> "`" + t + "`")
                        .collect(Collectors.joining(", "))).stream()
                .map(row -> row.get("Table") + "=" + row.get("Checksum")).collect(Collectors.joining("\n"));
    }
}
