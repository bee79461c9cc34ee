package com.lifeline.handover;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.security.UserSessions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Disabling a leaver's account. Camunda 7 users have no "disabled" flag: the user info
 * {@code lifeline.disabled=true} marks it, and a long random password nobody knows stops every login
 * (Tasklist, Cockpit, /engine-rest and /api all check the password against the same store).
 */
@Service
public class StaffAccounts {

    public static final String DISABLED_INFO_KEY = "lifeline.disabled";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityService identity;
    private final AuditLog audit;
    private final UserSessions sessions;

    StaffAccounts(IdentityService identity, AuditLog audit, UserSessions sessions) {
        this.identity = identity;
        this.audit = audit;
        this.sessions = sessions;
    }

    public boolean exists(String userId) {
        return identity.createUserQuery().userId(userId).count() == 1;
    }

    public boolean isDisabled(String userId) {
        return "true".equals(identity.getUserInfo(userId, DISABLED_INFO_KEY));
    }

    /**
     * Also ends the leaver's sessions on every node. Returns whether the camunda-admin membership was
     * removed (only when another admin remains).
     */
    @Transactional
    public boolean disable(String userId, String actor) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            throw new IllegalStateException("user " + userId + " does not exist");
        }
        identity.setUserInfo(userId, DISABLED_INFO_KEY, "true");
        user.setPassword(randomPassword());
        identity.saveUser(user);
        boolean adminRemoved = false;
        if (identity.createUserQuery().userId(userId).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 1) {
            long admins = identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count();
            if (admins > 1) {
                identity.deleteMembership(userId, Groups.CAMUNDA_ADMIN);
                adminRemoved = true;
            }
        }
        audit.record(actor, AuditAction.CHANGE, null,
                "user " + userId + " disabled" + (adminRemoved ? ", removed from camunda-admin" : ""));
        sessions.endAll(userId);
        return adminRemoved;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
