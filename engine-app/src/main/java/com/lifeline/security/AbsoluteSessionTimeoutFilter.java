package com.lifeline.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The absolute session limit: a session older than {@code lifeline.security.session-absolute-timeout}
 * is invalidated before the request is handled, however active it was (the idle limit is
 * {@code server.servlet.session.timeout}). Applies to every session, the webapps' included.
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

    private final Duration limit;
    private final LongSupplier nowMillis;

    AbsoluteSessionTimeoutFilter(Duration limit, LongSupplier nowMillis) {
        this.limit = limit;
        this.nowMillis = nowMillis;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                if (nowMillis.getAsLong() - session.getCreationTime() > limit.toMillis()) {
                    session.invalidate();
                }
            } catch (IllegalStateException alreadyInvalidated) {
                // nothing to end
            }
        }
        chain.doFilter(request, response);
    }
}
