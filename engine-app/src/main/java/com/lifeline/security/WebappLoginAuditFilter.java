package com.lifeline.security;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Camunda webapps log in through their own resource
 * ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}, form fields username/password)
 * and publish no event: this filter watches the answer and writes LOGIN or LOGIN_FAILED, and LOGOUT
 * for {@code POST .../logout}. The password is never read or kept.
 */
public class WebappLoginAuditFilter extends OncePerRequestFilter {

    static final String SESSION_USER_ATTRIBUTE = "authenticatedUser";
    private static final Pattern LOGIN = Pattern.compile(".*/api/admin/auth/user/[^/]+/login/([^/]+)/?");
    private static final Pattern LOGOUT = Pattern.compile(".*/api/admin/auth/user/[^/]+/logout/?");

    private final AuditLog audit;

    public WebappLoginAuditFilter(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        Matcher login = LOGIN.matcher(path);
        if (login.matches()) {
            ContentCachingRequestWrapper wrapped = new ContentCachingRequestWrapper(request, 8192);
            chain.doFilter(wrapped, response);
            String user = formField(wrapped, "username");
            boolean ok = response.getStatus() >= 200 && response.getStatus() < 300;
            audit.recordFrom(user == null || user.isBlank() ? "(unknown)" : user,
                    ok ? AuditAction.LOGIN : AuditAction.LOGIN_FAILED, null,
                    "webapp " + login.group(1) + (ok ? "" : ": HTTP " + response.getStatus()),
                    request.getRemoteAddr());
            return;
        }
        if (LOGOUT.matcher(path).matches()) {
            String user = userOf(request.getSession(false));
            chain.doFilter(request, response);
            if (user != null) {
                audit.recordFrom(user, AuditAction.LOGOUT, null, "webapp", request.getRemoteAddr());
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** The webapps keep their login in the session as {@link Authentications} under "authenticatedUser". */
    static String userOf(HttpSession session) {
        if (session == null) {
            return null;
        }
        try {
            if (session.getAttribute(SESSION_USER_ATTRIBUTE) instanceof Authentications auths) {
                return auths.getAuthentications().stream().map(UserAuthentication::getIdentityId)
                        .findFirst().orElse(null);
            }
        } catch (IllegalStateException invalidated) {
            return null;
        }
        return null;
    }

    private static String formField(ContentCachingRequestWrapper request, String name) {
        String body = new String(request.getContentAsByteArray(), StandardCharsets.UTF_8);
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        try {
            return request.getParameter(name);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
