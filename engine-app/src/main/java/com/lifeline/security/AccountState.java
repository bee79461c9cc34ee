package com.lifeline.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Per-user security state kept as Camunda user info: when the password was set, and "disabled". */
@Component
public class AccountState {

    public static final String PASSWORD_CHANGED_AT = "lifeline.passwordChangedAt";
    public static final String DISABLED = "lifeline.disabled";

    private final IdentityService identity;
    private final AccountSecurityProperties properties;
    private final Clock clock;
    private final TransactionTemplate oneTransaction;

    /** What a logged-in user's account allows now. */
    public enum Standing { ACTIVE, DISABLED, PASSWORD_EXPIRED }

    AccountState(IdentityService identity, AccountSecurityProperties properties, Clock clock,
                 PlatformTransactionManager transactions) {
        this.identity = identity;
        this.properties = properties;
        this.clock = clock;
        this.oneTransaction = new TransactionTemplate(transactions);
    }

    /** Both checks in one transaction (one commit, not one per engine call): it runs on every API request. */
    public Standing standing(String userId) {
        return oneTransaction.execute(tx -> isDisabled(userId) ? Standing.DISABLED
                : isPasswordExpired(userId) ? Standing.PASSWORD_EXPIRED : Standing.ACTIVE);
    }

    public boolean isDisabled(String userId) {
        return "true".equals(identity.getUserInfo(userId, DISABLED));
    }

    /**
     * True once the password is older than the maximum age. A user without a stamp (created before
     * stamping existed) starts the clock now rather than being locked out.
     */
    public boolean isPasswordExpired(String userId) {
        String stamp = identity.getUserInfo(userId, PASSWORD_CHANGED_AT);
        Instant now = clock.instant();
        if (stamp == null) {
            identity.setUserInfo(userId, PASSWORD_CHANGED_AT, now.toString());
            return false;
        }
        try {
            return Instant.parse(stamp).plus(properties.passwordMaxAge()).isBefore(now);
        } catch (DateTimeParseException e) {
            return true;
        }
    }
}
