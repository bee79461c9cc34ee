package com.lifeline.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Per-user security state kept as Camunda user info: when the password was set, and "disabled". */
@Component
public class AccountState {

    public static final String PASSWORD_CHANGED_AT = "lifeline.passwordChangedAt";
    public static final String DISABLED = "lifeline.disabled";

    private final IdentityService identity;
    private final AccountSecurityProperties properties;
    private final Clock clock;
    private final TransactionTemplate oneTransaction;

    private final AccountInfoMapper info;

    /** What a logged-in user's account allows now. */
    public enum Standing { ACTIVE, DISABLED, PASSWORD_EXPIRED }

    /** The details of a Basic login that read the account's standing in its own transaction. */
    record Checked(Standing standing) {
    }

    AccountState(IdentityService identity, AccountInfoMapper info, AccountSecurityProperties properties, Clock clock,
                 PlatformTransactionManager transactions) {
        this.identity = identity;
        this.info = info;
        this.properties = properties;
        this.clock = clock;
        this.oneTransaction = new TransactionTemplate(transactions);
    }

    /**
     * Both checks in one transaction (one commit, not one per engine call) and one read of both entries:
     * it runs on every API request (inside the Basic login's own transaction, see
     * {@link CamundaIdentityAuthenticationProvider}).
     */
    public Standing standing(String userId) {
        return oneTransaction.execute(tx -> {
            Map<String, String> entries = new HashMap<>();
            for (Map<String, Object> row : info.userInfo(userId, List.of(DISABLED, PASSWORD_CHANGED_AT))) {
                entries.put((String) row.get("infoKey"), (String) row.get("infoValue"));
            }
            return "true".equals(entries.get(DISABLED)) ? Standing.DISABLED
                    : isPasswordExpired(userId, entries.get(PASSWORD_CHANGED_AT)) ? Standing.PASSWORD_EXPIRED
                    : Standing.ACTIVE;
        });
    }

    public boolean isDisabled(String userId) {
        return "true".equals(identity.getUserInfo(userId, DISABLED));
    }

    /**
     * True once the password is older than the maximum age. A user without a stamp (created before
     * stamping existed) starts the clock now rather than being locked out.
     */
    public boolean isPasswordExpired(String userId) {
        return isPasswordExpired(userId, identity.getUserInfo(userId, PASSWORD_CHANGED_AT));
    }

    private boolean isPasswordExpired(String userId, String stamp) {
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
