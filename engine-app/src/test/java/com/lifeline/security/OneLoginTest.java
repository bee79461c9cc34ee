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

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** One login (the webapps') for Tasklist, Lifeline's pages and /api; one logout; no Basic prompt. */
@LifelineIntegrationTest
class OneLoginTest {

    static final String PASSWORD = "Demo-Pass-2026";
    static final String LOGIN_PAGE = "/camunda/app/tasklist/default/";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identity;

    String newUser(String prefix, String group) {
        String id = prefix + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        User user = identity.newUser(id);
        user.setFirstName("测试");
        user.setLastName("用户");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, group);
        return id;
    }

    TestRestTemplate noRedirects() {
        return rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    ResponseEntity<String> page(String path, HttpHeaders session) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(session);
        headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.ALL));
        return noRedirects().exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    ResponseEntity<Map> get(String path, HttpHeaders session) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(session), Map.class);
    }

    @Test
    void theTasklistLoginOpensLifelinePagesAndTheApiAndOneLogoutEndsEverything() {
        String id = newUser("ol", "sales");
        WebappCookies.Login login = WebappCookies.login(rest, id, PASSWORD);
        assertThat(login.status()).isEqualTo(HttpStatus.OK);
        HttpHeaders session = login.session();

        ResponseEntity<String> directory = page("/customers", session);
        assertThat(directory.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(directory.getBody()).contains("客户目录");
        ResponseEntity<Map> me = get("/api/me", session);
        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(me.getBody()).containsEntry("userId", id).containsEntry("groupIds", List.of("sales"));
        assertThat(rest.exchange("/api/customers", HttpMethod.GET, new HttpEntity<>(session), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> logout = rest.exchange("/camunda/api/admin/auth/user/default/logout", HttpMethod.POST,
                new HttpEntity<>(session), String.class);
        assertThat(logout.getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> again = page("/customers", session);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(again.getHeaders().getLocation()).hasPath(LOGIN_PAGE);
        assertThat(get("/api/me", session).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.exchange("/camunda/api/engine/engine/default/task/count", HttpMethod.GET, new HttpEntity<>(session),
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aBrowserWithoutLoginIsSentToTheLoginPageAndNeverChallengedWithBasic() {
        for (String path : List.of("/customers", "/audit")) {
            ResponseEntity<String> answer = page(path, new HttpHeaders());
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.FOUND);
            assertThat(answer.getHeaders().getLocation()).as(path).hasPath(LOGIN_PAGE);
            // the login returns there (tasklist/scripts/after-login.js): the path only, for ten minutes
            assertThat(answer.getHeaders().get(HttpHeaders.SET_COOKIE)).as(path).anySatisfy(c -> assertThat(c)
                    .startsWith("lifeline_next=" + path.replace("/", "%2F") + ";").contains("Path=/")
                    .contains("Max-Age=600").contains("SameSite=Lax"));
        }
        assertThat(page("/customers/SH2026001?q=x", new HttpHeaders()).getHeaders().get(HttpHeaders.SET_COOKIE))
                .anySatisfy(c -> assertThat(c).startsWith("lifeline_next=%2Fcustomers%2FSH2026001;"));
        List<ResponseEntity<String>> refused = List.of(
                rest.getForEntity("/api/me", String.class),
                rest.withBasicAuth("nobody-ol1", "not-the-password").getForEntity("/api/customers", String.class),
                rest.getForEntity("/engine-rest/task", String.class),
                rest.withBasicAuth("nobody-ol2", "wrong").getForEntity("/engine-rest/task", String.class),
                page("/api/me", new HttpHeaders()));
        assertThat(refused).allSatisfy(answer -> {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(answer.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
        });
        assertThat(refused.get(0).getBody()).contains("请先登录");
        // the expired-password page opens without a login
        assertThat(rest.getForEntity("/password.html", String.class).getBody()).contains("修改密码");
        assertThat(rest.getForEntity("/lifeline.js", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        // scripts keep HTTP Basic, statelessly: no session cookie
        ResponseEntity<String> script = rest.withBasicAuth("sales1", PASSWORD).getForEntity("/api/me", String.class);
        assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(script.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndTheTokenCookieServesEveryPage() {
        ResponseEntity<String> tasklist = rest.getForEntity(LOGIN_PAGE, String.class);
        List<String> cookies = tasklist.getHeaders().get(HttpHeaders.SET_COOKIE);
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("SESSION=").contains("HttpOnly")
                .contains("SameSite=Lax").contains("Path=/").doesNotContain("Secure"));
        // one token cookie for the webapps and Lifeline's pages; readable by their scripts
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=").containsPattern("Path=/(;|$)")
                .doesNotContain("Path=/camunda").doesNotContain("HttpOnly"));
    }

    @Test
    void navigationListsWhatEachRoleMayOpen() {
        assertThat(entries("mgr1", PASSWORD)).contains("tasklist", "customers").doesNotContain("audit", "cockpit", "admin");
        assertThat(entries("service1", PASSWORD)).contains("tasklist", "customers").doesNotContain("audit");
        assertThat(entries("compliance1", PASSWORD)).contains("tasklist", "audit").doesNotContain("customers");
        assertThat(entries("admin", "Lifeline-Admin-2026")).contains("cockpit", "admin");
        // and from the webapps' session, as the pages ask
        WebappCookies.Login login = WebappCookies.login(rest, "mgr1", PASSWORD);
        ResponseEntity<List> fromSession = rest.exchange("/api/me/navigation", HttpMethod.GET,
                new HttpEntity<>(login.session()), List.class);
        assertThat(fromSession.getBody()).contains(Map.of("id", "customers", "label", "客户目录", "href", "/customers"));
    }

    private List<Object> entries(String user, String password) {
        List<Map<String, Object>> entries = rest.withBasicAuth(user, password).getForObject("/api/me/navigation", List.class);
        return entries.stream().map(e -> e.get("id")).toList();
    }
}
