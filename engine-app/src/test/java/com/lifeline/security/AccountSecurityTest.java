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
        WebappCookies.Login login = webappLogin(id, PASSWORD);
        assertThat(login.status()).isEqualTo(HttpStatus.OK);
        // the filter writes the row once the webapps have answered: the client may read the answer first
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(audit(id, "LOGIN")).singleElement().satisfies(row -> {
                    assertThat(row.get("source_ip")).isNotNull();
                    assertThat((String) row.get("detail")).isEqualTo("webapp tasklist");
                }));
        rest.exchange("/camunda/api/admin/auth/user/default/logout", HttpMethod.POST, new HttpEntity<>(login.session()),
                String.class);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(audit(id, "LOGOUT")).hasSize(1));
        // last: a failure starts Camunda's login delay for this user
        assertThat(webappLogin(id, "not-the-password").status().is2xxSuccessful()).isFalse();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(audit(id, "LOGIN_FAILED")).singleElement()
                        .satisfies(row -> assertThat((String) row.get("detail")).startsWith("webapp tasklist")));
    }

    @Test
    void disablingAUserEndsTheirWebappSessionAndApiAccess() {
        String id = newUser("ds");
        WebappCookies.Login login = webappLogin(id, PASSWORD);
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

    @Test
    void anExpiredPasswordIsRefusedOnEveryLoginPathUntilChangedOnThePasswordPage() {
        String id = newUser("ep");
        identity.setUserInfo(id, AccountState.PASSWORD_CHANGED_AT, Instant.now().minus(Duration.ofDays(91)).toString());

        // the webapps' login, which is also the login of Lifeline's pages: refused, with a message it shows
        WebappCookies.Login login = webappLogin(id, PASSWORD);
        assertThat(login.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(login.body()).contains("密码已过期,请修改密码");
        assertThat(rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET, new HttpEntity<>(login.session()),
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(login.session()), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // engine REST and /api with HTTP Basic
        ResponseEntity<String> engine = rest.withBasicAuth(id, PASSWORD).getForEntity("/engine-rest/task/count", String.class);
        assertThat(engine.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(engine.getBody()).contains("密码已过期,请修改密码");
        assertThat(rest.withBasicAuth(id, PASSWORD).getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        // the password page needs no login: the old password is the credential
        assertThat(rest.getForEntity("/password.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<Map> weak = rest.postForEntity("/api/password",
                Map.of("userId", id, "oldPassword", PASSWORD, "newPassword", "password1"), Map.class);
        assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(weak.getBody().toString()).contains(PasswordRules.TOO_COMMON);
        assertThat(rest.postForEntity("/api/password",
                Map.of("userId", id, "oldPassword", PASSWORD, "newPassword", "Silver-Lake-58"), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(webappLogin(id, "Silver-Lake-58").status()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth(id, "Silver-Lake-58").getForEntity("/engine-rest/task/count", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(audit(id, "CHANGE")).singleElement()
                .satisfies(row -> assertThat(row.get("detail")).isEqualTo("user " + id + ": password"));

        // last (Camunda's login delay follows a failure): a wrong old password changes nothing and is audited
        ResponseEntity<Map> wrong = rest.postForEntity("/api/password",
                Map.of("userId", id, "oldPassword", PASSWORD, "newPassword", "Amber-Field-19"), Map.class);
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(identity.checkPassword(id, "Amber-Field-19")).isFalse();
        assertThat(audit(id, "LOGIN_FAILED")).extracting(row -> row.get("detail"))
                .containsExactly("webapp tasklist: HTTP 403", "password form");
    }

    @Test
    void failuresOnEveryLoginPathAddUpAndTheLockHoldsOnEveryPath() {
        String id = newUser("tp");
        assertThat(rest.withBasicAuth(id, "wrong-1").getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth(id, "wrong-2").getForEntity("/engine-rest/task/count", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(webappLogin(id, "wrong-3").status()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.postForEntity("/api/password",
                Map.of("userId", id, "oldPassword", "wrong-4", "newPassword", "Amber-Field-19"), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // another spelling of the same user name counts for the same user
        assertThat(webappLogin(id.toUpperCase(), "wrong-5").status()).isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<String> basic = rest.withBasicAuth(id, PASSWORD).getForEntity("/api/me", String.class);
        assertThat(basic.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(rest.withBasicAuth(id, PASSWORD).getForEntity("/engine-rest/task/count", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        WebappCookies.Login webapp = webappLogin(id, PASSWORD);
        assertThat(webapp.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(webapp.body()).contains("登录失败次数过多");
        assertThat(rest.postForEntity("/api/password",
                Map.of("userId", id, "oldPassword", PASSWORD, "newPassword", "Amber-Field-19"), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    private ResponseEntity<Map> changePassword(String user, String oldPassword, String newPassword) {
        return changePassword(user, oldPassword, oldPassword, newPassword);
    }

    private ResponseEntity<Map> changePassword(String user, String loginPassword, String oldPassword, String newPassword) {
        return rest.withBasicAuth(user, loginPassword)
                .postForEntity("/api/me/password", Map.of("oldPassword", oldPassword, "newPassword", newPassword), Map.class);
    }

    private WebappCookies.Login webappLogin(String user, String password) {
        return WebappCookies.login(rest, user, password);
    }
}
