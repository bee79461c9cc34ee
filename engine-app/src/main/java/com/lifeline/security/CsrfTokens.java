package com.lifeline.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpHeaders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The session's CSRF token, the webapps' own: session attribute CAMUNDA_CSRF_TOKEN, cookie
 * XSRF-TOKEN (path "/", readable by scripts), header X-XSRF-TOKEN.
 */
class CsrfTokens {

    static final String ATTRIBUTE = CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME;
    static final String COOKIE = CsrfConstants.CSRF_TOKEN_DEFAULT_COOKIE_NAME;
    static final String HEADER = CsrfConstants.CSRF_TOKEN_HEADER_NAME;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Boolean secureCookies;

    /** @param secureCookies server.servlet.session.cookie.secure: null = Secure when the request is HTTPS */
    CsrfTokens(Boolean secureCookies) {
        this.secureCookies = secureCookies;
    }

    /** Gives the session a token if it has none, and the browser the cookie if its own differs. */
    void ensure(HttpSession session, HttpServletRequest request, HttpServletResponse response) {
        String token = (String) session.getAttribute(ATTRIBUTE);
        if (token == null) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            token = HexFormat.of().withUpperCase().formatHex(bytes);
            session.setAttribute(ATTRIBUTE, token);
        }
        if (!token.equals(cookie(request))) {
            response.addHeader(HttpHeaders.SET_COOKIE, COOKIE + "=" + token + ";Path=/;SameSite=Lax"
                    + (secure(request) ? ";Secure" : ""));
        }
    }

    /** Whether the request sends the session's token. */
    static boolean sent(HttpSession session, HttpServletRequest request) {
        String token = (String) session.getAttribute(ATTRIBUTE);
        String sent = request.getHeader(HEADER);
        return token != null && sent != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    boolean secure(HttpServletRequest request) {
        return secureCookies != null ? secureCookies : request.isSecure();
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie c : request.getCookies()) {
            if (COOKIE.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }
}
