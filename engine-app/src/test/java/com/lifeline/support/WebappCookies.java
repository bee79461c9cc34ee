package com.lifeline.support;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

/** A Camunda webapp session in tests: keeps its cookies and sends them (with the XSRF token) back. */
public final class WebappCookies {

    private WebappCookies() {
    }

    public static void collect(ResponseEntity<?> response, Map<String, String> cookies) {
        List<String> set = response.getHeaders().get(HttpHeaders.SET_COOKIE);
        if (set != null) {
            for (String c : set) {
                String pair = c.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
    }

    public static HttpHeaders headers(Map<String, String> cookies) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        if (cookies.containsKey("XSRF-TOKEN")) {
            headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        return headers;
    }
}
