package com.lifeline.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What a caller without a (valid) login gets. Never a {@code WWW-Authenticate: Basic} challenge, so a
 * browser never shows its password prompt: a page opened in the browser is sent to the one login
 * page; /api, /engine-rest and every other non-page request get 401 with a JSON message (scripts
 * send their Basic credentials without being asked). The page asked for is remembered in the cookie
 * {@value #NEXT_PAGE_COOKIE} (its path only, no query), so the login can return to it
 * (tasklist/scripts/after-login.js).
 */
class LoginEntryPoint implements AuthenticationEntryPoint {

    static final String LOGIN_REQUIRED = "请先登录";
    static final String NEXT_PAGE_COOKIE = "lifeline_next";
    private static final Duration NEXT_PAGE_KEPT = Duration.ofMinutes(10);

    private final String loginPage;
    private final ObjectMapper json;

    LoginEntryPoint(String loginPage, ObjectMapper json) {
        this.loginPage = loginPage;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (isPageRequest(request)) {
            rememberPage(request, response);
            response.sendRedirect(request.getContextPath() + loginPage);
            return;
        }
        JsonRefusal.write(json, response, HttpStatus.UNAUTHORIZED, LOGIN_REQUIRED);
    }

    /** Lifeline's own pages only: the webapps return to their own route after their login. */
    private static void rememberPage(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/camunda/")) {
            return;
        }
        ResponseCookie cookie = ResponseCookie.from(NEXT_PAGE_COOKIE, URLEncoder.encode(path, StandardCharsets.UTF_8))
                .path("/").maxAge(NEXT_PAGE_KEPT).sameSite("Lax").secure(request.isSecure()).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    /** A browser navigating to a page: a GET that accepts HTML, outside the APIs. */
    static boolean isPageRequest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod()) || path.startsWith("/api/") || path.startsWith("/engine-rest/")
                || path.startsWith("/v3/")) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
