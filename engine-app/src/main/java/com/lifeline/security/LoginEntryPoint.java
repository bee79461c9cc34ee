package com.lifeline.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;

/**
 * What a caller without a (valid) login gets. Never a {@code WWW-Authenticate: Basic} challenge, so a
 * browser never shows its password prompt: a page opened in the browser is sent to the one login
 * page; /api, /engine-rest and every other non-page request get 401 with a JSON message (scripts
 * send their Basic credentials without being asked).
 */
class LoginEntryPoint implements AuthenticationEntryPoint {

    static final String LOGIN_REQUIRED = "请先登录";

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
            response.sendRedirect(request.getContextPath() + loginPage);
            return;
        }
        JsonRefusal.write(json, response, HttpStatus.UNAUTHORIZED, LOGIN_REQUIRED);
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
