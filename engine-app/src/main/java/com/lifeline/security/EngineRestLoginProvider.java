package com.lifeline.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

/**
 * /engine-rest's login is the HTTP Basic login Spring Security has already checked for this request
 * (password, throttle, account state): the engine gets that user and its groups instead of checking the
 * password and reading the groups and tenants a second time (bench/README.md: 3 queries and a hash per
 * request). As before only a Basic request is accepted, for the user its header names. No
 * {@code WWW-Authenticate} challenge, so a browser never shows its password prompt
 * ({@link LoginEntryPoint}).
 */
public class EngineRestLoginProvider implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        String basicUser = LoginThrottleFilter.basicUser(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (login == null || !login.isAuthenticated() || login instanceof AnonymousAuthenticationToken
                || basicUser == null || !basicUser.equals(login.getName())) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(login.getName());
        result.setGroups(groups(login));
        // Lifeline has no tenants
        result.setTenants(List.of());
        return result;
    }

    private static List<String> groups(Authentication login) {
        return login.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(CamundaIdentityAuthenticationProvider.GROUP_PREFIX))
                .map(authority -> authority.substring(CamundaIdentityAuthenticationProvider.GROUP_PREFIX.length()))
                .toList();
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // no challenge
    }
}
