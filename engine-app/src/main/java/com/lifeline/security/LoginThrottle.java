package com.lifeline.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic throttling per user name: {@code loginMaxFailures} failures within the window lock that
 * name for {@code loginLockout}. Kept in memory, per node: a restart forgets it, and in a cluster
 * each node counts on its own (Camunda's own login delay and lock after 10 failures, kept in the
 * database, still apply on top).
 */
@Component
public class LoginThrottle {

    private final AccountSecurityProperties properties;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

    LoginThrottle(AccountSecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** When the user may try again, if they are locked out now. */
    public Optional<Instant> lockedUntil(String user) {
        Instant until = lockedUntil.get(user);
        if (until == null) {
            return Optional.empty();
        }
        if (!until.isAfter(clock.instant())) {
            lockedUntil.remove(user, until);
            return Optional.empty();
        }
        return Optional.of(until);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        failed(event.getAuthentication().getName());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(event.getAuthentication().getName());
    }

    void failed(String user) {
        if (user == null) {
            return;
        }
        Instant now = clock.instant();
        Deque<Instant> recent = failures.computeIfAbsent(user, u -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(now);
            while (!recent.isEmpty() && recent.peekFirst().plus(properties.loginFailureWindow()).isBefore(now)) {
                recent.removeFirst();
            }
            if (recent.size() >= properties.loginMaxFailures()) {
                lockedUntil.put(user, now.plus(properties.loginLockout()));
                recent.clear();
            }
        }
        if (failures.size() > 10_000) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || e.getValue().peekLast().plus(properties.loginFailureWindow()).isBefore(now);
                }
            });
        }
    }
}
