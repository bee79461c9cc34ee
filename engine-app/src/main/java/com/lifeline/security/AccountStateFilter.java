package com.lifeline.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * After login (HTTP Basic or the session), on /api and /engine-rest: a disabled account gets 401,
 * an expired password 403 with "密码已过期,请修改密码". Changing the password stays open. The webapps'
 * login refuses both before a session begins ({@link WebappLoginGuard}).
 */
class AccountStateFilter extends OncePerRequestFilter {

    static final String EXPIRED = "密码已过期,请修改密码(/password.html 或 POST /api/me/password)";
    static final String DISABLED = "账户已停用";

    private final AccountState accounts;
    private final ObjectMapper json;

    AccountStateFilter(AccountState accounts, ObjectMapper json) {
        this.accounts = accounts;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean checked = path.startsWith("/api/") || path.startsWith("/engine-rest/");
        boolean passwordChange = path.equals("/api/me/password") || path.equals("/api/password")
                || path.startsWith("/api/public/");
        return !checked || passwordChange;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            // a Basic login read it in its own transaction moments ago; a session's login did not
            AccountState.Standing standing = auth.getDetails() instanceof AccountState.Checked checked
                    ? checked.standing() : accounts.standing(auth.getName());
            if (standing == AccountState.Standing.DISABLED) {
                JsonRefusal.write(json, response, HttpStatus.UNAUTHORIZED, DISABLED);
                return;
            }
            if (standing == AccountState.Standing.PASSWORD_EXPIRED) {
                JsonRefusal.write(json, response, HttpStatus.FORBIDDEN, EXPIRED);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
