package com.lifeline.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Login throttling per user name on every login path (HTTP Basic on /api and /engine-rest, the
 * webapps' login, the expired-password form): {@code loginMaxFailures} failures within the window
 * lock that name for {@code loginLockout}. Counted in the database (table login_throttle), so
 * failures on all nodes add up and a lock holds on every node. Camunda's own login delay and lock
 * after 10 failures still apply on top.
 */
@Component
public class LoginThrottle {

    /**
     * Set by {@link LoginThrottleFilter} for the request it passes on: whether the Basic user had failures on
     * record. A thread-local, not a request attribute: Spring Security authenticates before Jersey's
     * RequestContextFilter (order -1) binds the request to the thread, so the success listener never saw the
     * attribute and cleared the table on every request.
     */
    private static final ThreadLocal<Boolean> FAILURES_ON_RECORD = new ThreadLocal<>();

    private final LoginThrottleMapper mapper;
    private final AccountSecurityProperties properties;
    private final Clock clock;

    LoginThrottle(LoginThrottleMapper mapper, AccountSecurityProperties properties, Clock clock) {
        this.mapper = mapper;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param failuresOnRecord whether the user has recent failures (only then a login clears them)
     * @param lockedUntil      when the user may try again, if locked out now
     */
    public record Status(boolean failuresOnRecord, Optional<Instant> lockedUntil) {
    }

    public Status status(String user) {
        Long until = mapper.lockedUntil(key(user));
        if (until == null) {
            return new Status(false, Optional.empty());
        }
        return new Status(true, until > clock.millis() ? Optional.of(Instant.ofEpochMilli(until)) : Optional.empty());
    }

    /** When the user may try again, if they are locked out now. */
    public Optional<Instant> lockedUntil(String user) {
        return status(user).lockedUntil();
    }

    public void failed(String user) {
        if (user == null || user.isBlank()) {
            return;
        }
        long now = clock.millis();
        mapper.recordFailure(key(user), now, properties.loginFailureWindow().toMillis(),
                properties.loginMaxFailures(), properties.loginLockout().toMillis());
        mapper.purgeBefore(now - properties.loginFailureWindow().plus(properties.loginLockout()).toMillis());
    }

    public void succeeded(String user) {
        if (user != null) {
            mapper.forget(key(user), clock.millis());
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        failed(event.getAuthentication().getName());
    }

    /** HTTP Basic succeeds on every request: only touch the table when the user had failures. */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (!Boolean.FALSE.equals(FAILURES_ON_RECORD.get())) {
            succeeded(event.getAuthentication().getName());
        }
    }

    /** For the request on this thread (until {@link #forgetRequest()}): whether its Basic user had failures. */
    static void thisRequest(boolean failuresOnRecord) {
        FAILURES_ON_RECORD.set(failuresOnRecord);
    }

    static void forgetRequest() {
        FAILURES_ON_RECORD.remove();
    }

    /** User ids compare without case in the identity tables: "Sales1" must count as "sales1". */
    private static String key(String user) {
        String lower = user.toLowerCase(java.util.Locale.ROOT);
        return lower.length() > 128 ? lower.substring(0, 128) : lower;
    }
}
