package com.lifeline.support;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Camunda webapp session in tests: keeps its cookies and sends them (with the XSRF token) back. */
public final class WebappCookies {

    private WebappCookies() {
    }

    /** The answer to a webapp login and the browser's cookies after it. */
    public record Login(HttpStatus status, Map<String, String> cookies, String body) {

        /** Cookies and the CSRF token, as the webapps and Lifeline's pages send them. */
        public HttpHeaders session() {
            return headers(cookies);
        }

        /** The cookies alone: what a foreign page's request carries. */
        public HttpHeaders cookiesOnly() {
            HttpHeaders headers = new HttpHeaders();
            headers.add(HttpHeaders.COOKIE, cookieHeader(cookies));
            return headers;
        }
    }

    /** Logs into Tasklist. */
    public static Login login(TestRestTemplate rest, String user, String password) {
        return login(rest, user, password, "tasklist");
    }

    /** As the browser does: open the app (session + XSRF cookie), then post the login form with the token. */
    public static Login login(TestRestTemplate rest, String user, String password, String app) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
        Map<String, String> cookies = new LinkedHashMap<>();
        collect(page, cookies);
        HttpHeaders headers = headers(cookies);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        ResponseEntity<String> login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
                new HttpEntity<>(form, headers), String.class);
        collect(login, cookies);
        return new Login(HttpStatus.valueOf(login.getStatusCode().value()), cookies, login.getBody());
    }

    /**
     * A Tasklist session ready to work on tasks, as the browser has it after logging in and loading
     * the task list: cookies and the session's XSRF token in a header.
     */
    public static HttpHeaders tasklistSession(TestRestTemplate rest, String user, String password) {
        Login login = login(rest, user, password);
        if (login.status() != HttpStatus.OK) {
            throw new AssertionError("Tasklist login of " + user + " answered " + login.status());
        }
        Map<String, String> cookies = new LinkedHashMap<>(login.cookies());
        ResponseEntity<String> count = rest.exchange("/camunda/api/engine/engine/default/task/count",
                org.springframework.http.HttpMethod.GET, new HttpEntity<>(headers(cookies)), String.class);
        if (count.getStatusCode() != HttpStatus.OK) {
            throw new AssertionError("the task list of " + user + " answered " + count.getStatusCode());
        }
        collect(count, cookies);
        return headers(cookies);
    }

    public static void collect(ResponseEntity<?> response, Map<String, String> cookies) {
        List<String> set = response.getHeaders().get(HttpHeaders.SET_COOKIE);
        if (set != null) {
            for (String c : set) {
                String pair = c.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String value = pair.substring(eq + 1);
                if (value.isEmpty()) {
                    cookies.remove(pair.substring(0, eq));
                } else {
                    cookies.put(pair.substring(0, eq), value);
                }
            }
        }
    }

    public static HttpHeaders headers(Map<String, String> cookies) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookieHeader(cookies));
        if (cookies.containsKey("XSRF-TOKEN")) {
            headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        return headers;
    }

    private static String cookieHeader(Map<String, String> cookies) {
        return String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }
}
