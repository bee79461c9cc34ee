package com.lifeline.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeline.web.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * After login, before any /api handler: a disabled account gets 401, an expired password 403 with
 * "密码已过期,请修改密码" (only POST /api/me/password stays open).
 */
class AccountInterceptor implements HandlerInterceptor {

    static final String EXPIRED = "密码已过期,请修改密码(POST /api/me/password)";
    static final String DISABLED = "账户已停用";

    private final AccountState accounts;
    private final ObjectMapper json;

    AccountInterceptor(AccountState accounts, ObjectMapper json) {
        this.accounts = accounts;
        this.json = json;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return true;
        }
        String user = auth.getName();
        if (accounts.isDisabled(user)) {
            refuse(response, HttpStatus.UNAUTHORIZED, DISABLED);
            return false;
        }
        if (accounts.isPasswordExpired(user)) {
            refuse(response, HttpStatus.FORBIDDEN, EXPIRED);
            return false;
        }
        return true;
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), ApiError.of(null, message));
    }
}
