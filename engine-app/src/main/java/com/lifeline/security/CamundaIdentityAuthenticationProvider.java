package com.lifeline.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Camunda's users and groups are the one identity store; groups become GROUP_<id> authorities. The
 * password check, the group read and the account's standing (disabled, password age: what
 * {@link AccountStateFilter} then enforces) share one transaction: HTTP Basic logs in on every request.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    static final String GROUP_PREFIX = "GROUP_";

    private final IdentityService identity;
    private final AccountState accounts;
    private final TransactionTemplate oneTransaction;

    CamundaIdentityAuthenticationProvider(IdentityService identity, AccountState accounts,
                                          PlatformTransactionManager transactions) {
        this.identity = identity;
        this.accounts = accounts;
        this.oneTransaction = new TransactionTemplate(transactions);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        return oneTransaction.execute(tx -> checked(authentication));
    }

    private Authentication checked(Authentication authentication) {
        String user = authentication.getName();
        Object password = authentication.getCredentials();
        if (user == null || password == null || !identity.checkPassword(user, password.toString())) {
            throw new BadCredentialsException("用户名或密码错误");
        }
        List<SimpleGrantedAuthority> groups = identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId)
                .map(id -> new SimpleGrantedAuthority(GROUP_PREFIX + id))
                .toList();
        UsernamePasswordAuthenticationToken login = UsernamePasswordAuthenticationToken.authenticated(user, null, groups);
        login.setDetails(new AccountState.Checked(accounts.standing(user)));
        return login;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
