package com.lifeline.security;

import com.lifeline.support.WebappCookies;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Password policy, expiry, throttling, login audit and disabling, each on its own fresh user. */
@LifelineIntegrationTest
class AccountSecurityTest {

    static final String PASSWORD = "Demo-Pass-2026";

    @Autowired
    IdentityService identity;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    String newUser(String prefix) {
        String id = prefix + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        User user = identity.newUser(id);
        user.setFirstName("测试");
        user.setLastName("用户");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, "sales");
        return id;
    }

    List<Map<String, Object>> audit(String actor, String action) {
        return jdbc.queryForList("SELECT * FROM audit_log WHERE actor = ? AND action = ? ORDER BY id", actor, action);
    }

    @Test
    void theEngineRefusesPasswordsAgainstThePolicy() {
        String id = newUser("pw");
        User user = identity.createUserQuery().userId(id).singleResult();
        for (String bad : List.of("short1!", "Kx9#".repeat(16) + "z", "iloveyou", id)) {
            user.setPassword(bad);
            assertThatThrownBy(() -> identity.saveUser(user)).isInstanceOf(ProcessEngineException.class);
        }
        assertThat(identity.checkPasswordAgainstPolicy("qwerty123").getViolatedRules())
                .extracting(r -> r.getPlaceholder()).containsExactly(PasswordRules.TOO_COMMON);
        assertThat(identity.checkPassword(id, PASSWORD)).isTrue();
        // saving a password stamps the time it was set
        assertThat(identity.getUserInfo(id, AccountState.PASSWORD_CHANGED_AT)).isNotNull();
    }

    @Test
    void thePasswordEndpointExplainsEachRefusal() {
        String id = newUser("pe");
        ResponseEntity<Map> tooShort = changePassword(id, PASSWORD, "Ab1!xyz");
        assertThat(tooShort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooShort.getBody().toString()).contains(PasswordRules.TOO_SHORT);
        assertThat(changePassword(id, PASSWORD, "Kx9#".repeat(16) + "z").getBody().toString()).contains(PasswordRules.TOO_LONG);
        assertThat(changePassword(id, PASSWORD, "Password123!").getBody().toString()).contains(PasswordRules.TOO_COMMON);
        assertThat(changePassword(id, PASSWORD, id).getBody().toString()).contains(PasswordRules.SAME_AS_USER);
        assertThat(changePassword(id, PASSWORD, "Bright-River-77").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(identity.checkPassword(id, "Bright-River-77")).isTrue();
        assertThat(audit(id, "CHANGE")).singleElement()
                .satisfies(row -> assertThat(row.get("detail")).isEqualTo("user " + id + ": password"));
        // last: a wrong old password counts as a failed login for Camunda's login delay
        assertThat(changePassword(id, "Bright-River-77", "wrong-old-pass", "Calm-Forest-31").getBody().toString())
                .contains("原密码不正确");
    }

    @Test
    void anExpiredPasswordForcesAChangeBeforeAnythingElse() {
        String id = newUser("ex");
        assertThat(rest.withBasicAuth(id, PASSWORD).getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        identity.setUserInfo(id, AccountState.PASSWORD_CHANGED_AT, Instant.now().minus(Duration.ofDays(91)).toString());

        ResponseEntity<String> refused = rest.withBasicAuth(id, PASSWORD).getForEntity("/api/me", String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("密码已过期,请修改密码");

        assertThat(changePassword(id, PASSWORD, "Quiet-Harbour-42").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<Map> me = rest.withBasicAuth(id, "Quiet-Harbour-42").getForEntity("/api/me", Map.class);
        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(me.getBody()).containsEntry("userId", id);
    }

    @Test
    void fiveFailuresLockTheUserOutOfBasicLogin() {
        String id = newUser("th");
        String other = newUser("tho");
        for (int i = 0; i < 5; i++) {
            assertThat(rest.withBasicAuth(id, "wrong-" + i).getForEntity("/api/me", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(audit(id, "LOGIN_FAILED")).hasSize(5)
                .allSatisfy(row -> assertThat(row.get("source_ip")).isNotNull());
        ResponseEntity<String> throttled = rest.withBasicAuth(id, PASSWORD).getForEntity("/api/me", String.class);
        assertThat(throttled.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(throttled.getBody()).contains("登录失败次数过多");
        assertThat(throttled.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotNull();
        // another user is not affected
        assertThat(rest.withBasicAuth(other, PASSWORD).getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void basicLoginIsAuditedOncePerSessionWindow() {
        String id = newUser("li");
        rest.withBasicAuth(id, PASSWORD).getForEntity("/api/me", String.class);
        rest.withBasicAuth(id, PASSWORD).getForEntity("/api/me", String.class);
        assertThat(audit(id, "LOGIN")).singleElement().satisfies(row -> {
            assertThat(row.get("source_ip")).isNotNull();
            assertThat(row.get("hash")).isNotNull();
        });
    }

    @Test
    void webappLoginAndLogoutAreAudited() {
        String id = newUser("wl");
        WebappLogin login = webappLogin(id, PASSWORD);
        assertThat(login.status()).isEqualTo(HttpStatus.OK);
        assertThat(audit(id, "LOGIN")).singleElement().satisfies(row -> {
            assertThat(row.get("source_ip")).isNotNull();
            assertThat((String) row.get("detail")).isEqualTo("webapp tasklist");
        });
        rest.exchange("/camunda/api/admin/auth/user/default/logout", HttpMethod.POST, new HttpEntity<>(login.session()),
                String.class);
        assertThat(audit(id, "LOGOUT")).hasSize(1);
        // last: a failure starts Camunda's login delay for this user
        assertThat(webappLogin(id, "not-the-password").status().is2xxSuccessful()).isFalse();
        assertThat(audit(id, "LOGIN_FAILED")).singleElement()
                .satisfies(row -> assertThat((String) row.get("detail")).startsWith("webapp tasklist"));
    }

    @Test
    void disablingAUserEndsTheirWebappSessionAndApiAccess() {
        String id = newUser("ds");
        WebappLogin login = webappLogin(id, PASSWORD);
        assertThat(login.status()).isEqualTo(HttpStatus.OK);
        HttpHeaders session = login.session();
        String tasks = "/camunda/api/engine/engine/default/task/count";
        assertThat(rest.exchange(tasks, HttpMethod.GET, new HttpEntity<>(session), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth(id, PASSWORD).getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        // only administrators may disable
        assertThat(rest.withBasicAuth("sup1", PASSWORD).postForEntity("/api/admin/users/{id}/disable", null, String.class, id)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> disabled = rest.withBasicAuth("admin", "Lifeline-Admin-2026")
                .postForEntity("/api/admin/users/{id}/disable", null, Map.class, id);
        assertThat(disabled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(disabled.getBody()).containsEntry("sessionsEnded", 1);

        assertThat(rest.exchange(tasks, HttpMethod.GET, new HttpEntity<>(session), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth(id, PASSWORD).getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(webappLogin(id, PASSWORD).status().is2xxSuccessful()).isFalse();
        assertThat(identity.getUserInfo(id, AccountState.DISABLED)).isEqualTo("true");
    }

    private ResponseEntity<Map> changePassword(String user, String oldPassword, String newPassword) {
        return changePassword(user, oldPassword, oldPassword, newPassword);
    }

    private ResponseEntity<Map> changePassword(String user, String loginPassword, String oldPassword, String newPassword) {
        return rest.withBasicAuth(user, loginPassword)
                .postForEntity("/api/me/password", Map.of("oldPassword", oldPassword, "newPassword", newPassword), Map.class);
    }

    record WebappLogin(HttpStatus status, HttpHeaders session) {
    }

    /** As the browser does: open the app (session + XSRF cookie), then post the login form with the token. */
    private WebappLogin webappLogin(String user, String password) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        Map<String, String> cookies = new java.util.LinkedHashMap<>();
        WebappCookies.collect(page, cookies);
        HttpHeaders headers = WebappCookies.headers(cookies);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        ResponseEntity<String> login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
                new HttpEntity<>(form, headers), String.class);
        WebappCookies.collect(login, cookies);
        return new WebappLogin(HttpStatus.valueOf(login.getStatusCode().value()), WebappCookies.headers(cookies));
    }
}
