package com.lifeline.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Runs before Spring Security: a throttled user name in a Basic header gets 429, and no password check
 * (on /api and /engine-rest alike; the throttle is shared by all nodes).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    LoginThrottleFilter(LoginThrottle throttle, AuditLog audit, ObjectMapper json, Clock clock) {
        this.throttle = throttle;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = basicUser(request.getHeader(HttpHeaders.AUTHORIZATION));
        Optional<Instant> until = Optional.empty();
        if (user != null) {
            LoginThrottle.Status status = throttle.status(user);
            LoginThrottle.thisRequest(status.failuresOnRecord());
            until = status.lockedUntil();
        }
        if (until.isEmpty()) {
            try {
                chain.doFilter(request, response);
            } finally {
                LoginThrottle.forgetRequest();
            }
            return;
        }
        LoginThrottle.forgetRequest();
        long minutes = Math.max(1, Duration.between(clock.instant(), until.get()).toSeconds() / 60 + 1);
        audit.recordFrom(user, AuditAction.LOGIN_FAILED, null, "api basic: throttled", request.getRemoteAddr());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(minutes * 60));
        JsonRefusal.write(json, response, HttpStatus.TOO_MANY_REQUESTS, lockedMessage(minutes));
    }

    static String lockedMessage(long minutes) {
        return "登录失败次数过多,该账户已暂时锁定,请 " + minutes + " 分钟后再试";
    }

    static String basicUser(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
