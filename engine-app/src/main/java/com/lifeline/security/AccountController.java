package com.lifeline.security;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.web.ApiError;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Who is logged in and what they may open, changing a password, and disabling a user (administrators). */
@RestController
class AccountController {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityService identity;
    private final UserSessions sessions;
    private final AuditLog audit;
    private final AccountState accounts;
    private final LoginThrottle throttle;
    private final Clock clock;

    AccountController(IdentityService identity, UserSessions sessions, AuditLog audit, AccountState accounts,
                      LoginThrottle throttle, Clock clock) {
        this.identity = identity;
        this.sessions = sessions;
        this.audit = audit;
        this.accounts = accounts;
        this.throttle = throttle;
        this.clock = clock;
    }

    record PasswordChange(String oldPassword, String newPassword) {
    }

    record ExpiredPasswordChange(String userId, String oldPassword, String newPassword) {
    }

    record Disabled(String userId, int sessionsEnded) {
    }

    record Me(String userId, List<String> groupIds) {
    }

    /** Who is logged in: also the simplest check that the password is current (403 when expired). */
    @GetMapping("/api/me")
    Me me(Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return new Me(user.userId(), user.groupIds());
    }

    @PostMapping("/api/me/password")
    @Transactional
    ResponseEntity<?> changePassword(@RequestBody PasswordChange change, Authentication authentication) {
        String userId = authentication.getName();
        if (change.oldPassword() == null || !identity.checkPassword(userId, change.oldPassword())) {
            return ResponseEntity.badRequest().body(ApiError.of("oldPassword", "原密码不正确"));
        }
        return setPassword(userId, change.oldPassword(), change.newPassword());
    }

    /**
     * Without a login, for a user whose password has expired (the login refuses them): the old
     * password is the credential, so this counts as a login attempt (throttled, audited).
     */
    @PostMapping("/api/password")
    @Transactional
    ResponseEntity<?> changeExpiredPassword(@RequestBody ExpiredPasswordChange change) {
        String userId = change.userId() == null ? "" : change.userId().trim();
        if (userId.isEmpty()) {
            return ResponseEntity.badRequest().body(ApiError.of("userId", "请填写用户名"));
        }
        Optional<Instant> lockedUntil = throttle.lockedUntil(userId);
        if (lockedUntil.isPresent()) {
            long minutes = Math.max(1, Duration.between(clock.instant(), lockedUntil.get()).toSeconds() / 60 + 1);
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(minutes * 60))
                    .body(ApiError.of(null, LoginThrottleFilter.lockedMessage(minutes)));
        }
        if (change.oldPassword() == null || accounts.isDisabled(userId)
                || !identity.checkPassword(userId, change.oldPassword())) {
            throttle.failed(userId);
            audit.record(userId, AuditAction.LOGIN_FAILED, null, "password form");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(ApiError.of(null, "用户名或原密码不正确"));
        }
        throttle.succeeded(userId);
        return setPassword(userId, change.oldPassword(), change.newPassword());
    }

    private ResponseEntity<?> setPassword(String userId, String oldPassword, String newPassword) {
        List<String> problems = PasswordRules.problems(userId, newPassword);
        if (problems.isEmpty() && newPassword.equals(oldPassword)) {
            problems = List.of("新密码不能与原密码相同");
        }
        if (!problems.isEmpty()) {
            return ResponseEntity.badRequest().body(new ApiError(problems.stream()
                    .map(p -> new ApiError.Problem("newPassword", p)).toList()));
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        user.setPassword(newPassword);
        identity.saveUser(user);
        audit.record(userId, AuditAction.CHANGE, null, "user " + userId + ": password");
        return ResponseEntity.noContent().build();
    }

    /**
     * Marks the user disabled, replaces the password by a random one nobody knows (so the webapps and
     * /engine-rest refuse it too) and ends their sessions on every node.
     */
    @PostMapping("/api/admin/users/{id}/disable")
    @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
    @Transactional
    ResponseEntity<?> disable(@PathVariable String id, Authentication authentication) {
        User user = identity.createUserQuery().userId(id).singleResult();
        if (user == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(null, "没有这个用户:" + id));
        }
        if (id.equals(authentication.getName())) {
            return ResponseEntity.badRequest().body(ApiError.of(null, "不能停用自己的账户"));
        }
        identity.setUserInfo(id, AccountState.DISABLED, "true");
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        user.setPassword("X-" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
        identity.saveUser(user);
        audit.record(authentication.getName(), AuditAction.ACCESS_GRANT, null, "user " + id + ": disabled");
        int ended = sessions.endAll(id);
        return ResponseEntity.ok(new Disabled(id, ended));
    }
}
