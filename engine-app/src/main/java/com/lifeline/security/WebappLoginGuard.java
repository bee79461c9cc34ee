package com.lifeline.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The webapps' login ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}) is the one
 * login of the app, so it applies the same rules as every other login path:
 * <ul>
 *   <li>a user name locked by the shared {@link LoginThrottle} gets 429 without a password check;
 *       a refused password counts as a failure, a login clears the failures;</li>
 *   <li>a disabled account or an expired password is refused (403) after the password was checked,
 *       and the session the webapps just began is ended;</li>
 *   <li>the new session is indexed by user id, so "disable" can end it on every node, and gets its
 *       CSRF token at once.</li>
 * </ul>
 * The webapps' logout ({@code POST …/logout}) ends the whole session, not only the webapps' part.
 * Refusals carry {@code message}, which the webapps' login page shows.
 */
class WebappLoginGuard extends OncePerRequestFilter {

    static final String EXPIRED = "密码已过期,请修改密码:请打开 /password.html";
    private static final Pattern LOGIN = Pattern.compile(".*/api/admin/auth/user/[^/]+/login/[^/]+/?");
    private static final Pattern LOGOUT = Pattern.compile(".*/api/admin/auth/user/[^/]+/logout/?");

    private final LoginThrottle throttle;
    private final AccountState accounts;
    private final CsrfTokens tokens;
    private final Clock clock;
    private final ObjectMapper json;

    WebappLoginGuard(LoginThrottle throttle, AccountState accounts, CsrfTokens tokens, Clock clock, ObjectMapper json) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.tokens = tokens;
        this.clock = clock;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        if (LOGIN.matcher(path).matches()) {
            login(ReplayedFormRequest.of(request), response, chain);
        } else if (LOGOUT.matcher(path).matches()) {
            chain.doFilter(request, response);
            HttpSession session = request.getSession(false);
            if (response.getStatus() < 300 && session != null) {
                session.invalidate();
            }
        } else {
            chain.doFilter(request, response);
        }
    }

    private void login(ReplayedFormRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = request.getParameter("username");
        Optional<Instant> lockedUntil = user == null ? Optional.empty() : throttle.lockedUntil(user);
        if (lockedUntil.isPresent()) {
            long minutes = Math.max(1, Duration.between(clock.instant(), lockedUntil.get()).toSeconds() / 60 + 1);
            refuse(response, HttpStatus.TOO_MANY_REQUESTS, LoginThrottleFilter.lockedMessage(minutes));
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        int status = answer.getStatus();
        if (status == HttpStatus.UNAUTHORIZED.value()) {
            throttle.failed(user);
        } else if (status >= 200 && status < 300) {
            HttpSession session = request.getSession(false);
            String userId = WebappSession.login(session).map(login -> login.getIdentityId()).orElse(user);
            String refusal = accounts.isDisabled(userId) ? AccountStateFilter.DISABLED
                    : accounts.isPasswordExpired(userId) ? EXPIRED : null;
            if (refusal != null) {
                if (session != null) {
                    session.invalidate();
                }
                answer.resetBuffer();
                refuse(answer, HttpStatus.FORBIDDEN, refusal);
            } else {
                throttle.succeeded(user);
                if (session != null) {
                    UserSessions.index(session, userId);
                    // the webapps began a new session without a token: give it one now, so the first
                    // write of a page opened right after login already has it
                    tokens.ensure(session, request, answer);
                }
            }
        }
        answer.copyBodyToResponse();
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), Map.of("type", "LoginRefused", "message", message));
    }
}
