package com.lifeline.security;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Set;

/** Methods that change nothing, so need no CSRF token and no origin check. */
final class SafeMethods {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private SafeMethods() {
    }

    static boolean isSafe(HttpServletRequest request) {
        return SAFE.contains(request.getMethod());
    }
}
