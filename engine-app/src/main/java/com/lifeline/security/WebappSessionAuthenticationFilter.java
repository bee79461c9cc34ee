package com.lifeline.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * One login for the whole app: a request without HTTP Basic whose session holds the webapps' login
 * (Tasklist, Cockpit, Admin share it) is authenticated as that user, with the groups the webapps
 * cached for the session ({@code camunda.bpm.webapp.auth.cache}). Nothing of Spring Security is
 * kept in the session, so the webapps' logout, the idle and absolute timeouts and "disable" end it.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() == null) {
            WebappSession.login(request.getSession(false)).ifPresent(login -> {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(authentication(login));
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }

    /** An error page (a refused or missing page) is drawn after the request: it shows the same user's header. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    static UsernamePasswordAuthenticationToken authentication(UserAuthentication login) {
        List<SimpleGrantedAuthority> groups = login.getGroupIds() == null ? List.of() : login.getGroupIds().stream()
                .map(id -> new SimpleGrantedAuthority(CamundaIdentityAuthenticationProvider.GROUP_PREFIX + id))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(login.getIdentityId(), null, groups);
    }
}
