package com.lifeline.security;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * LOGIN / LOGIN_FAILED for HTTP Basic (/api, and /engine-rest through Spring Security). Basic sends
 * the password with every request, so a LOGIN is written when a user is first seen from an address
 * or after the idle window without requests, like a session would; every failure is written.
 * The "last seen" map is in memory: after a restart the next request counts as a login again.
 */
@Component
class LoginAudit {

    private final AuditLog audit;
    private final Clock clock;
    private final Duration window;
    private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();

    LoginAudit(AuditLog audit, Clock clock, @Value("${server.servlet.session.timeout:30m}") Duration window) {
        this.audit = audit;
        this.clock = clock;
        this.window = window;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String user = event.getAuthentication().getName();
        String ip = sourceIp();
        Instant now = clock.instant();
        Instant before = lastSeen.put(user + "|" + ip, now);
        if (before == null || before.plus(window).isBefore(now)) {
            audit.recordFrom(user, AuditAction.LOGIN, null, "api basic", ip);
        }
        if (lastSeen.size() > 10_000) {
            lastSeen.values().removeIf(seen -> seen.plus(window).isBefore(now));
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        audit.recordFrom(event.getAuthentication().getName(), AuditAction.LOGIN_FAILED, null,
                "api basic: " + event.getClass().getSimpleName().replace("AuthenticationFailure", "")
                        .replace("Event", ""), sourceIp());
    }

    private static String sourceIp() {
        return AuditLog.sourceIp();
    }
}
