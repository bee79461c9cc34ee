package com.lifeline.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.List;

/** The logged-in staff member, as the engine needs them: user id and group ids. */
public record CurrentUser(String userId, List<String> groupIds) {

    public static CurrentUser of(Authentication authentication) {
        return new CurrentUser(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(CamundaIdentityAuthenticationProvider.GROUP_PREFIX))
                .map(a -> a.substring(CamundaIdentityAuthenticationProvider.GROUP_PREFIX.length()))
                .toList());
    }
}
