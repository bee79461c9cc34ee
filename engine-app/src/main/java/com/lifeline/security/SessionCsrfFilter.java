package com.lifeline.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * One CSRF token per session for the whole app: the Camunda webapps' own (session attribute
 * CAMUNDA_CSRF_TOKEN, cookie XSRF-TOKEN, header X-XSRF-TOKEN). Under /camunda the webapps'
 * CsrfPreventionFilter checks it; everywhere else (/api, Lifeline's pages) this filter does:
 * <ul>
 *   <li>a state-changing request whose session carries a login must send the session's token in
 *       X-XSRF-TOKEN, else 403 (HTTP Basic without a session is stateless and needs none);</li>
 *   <li>a read with a session makes sure the session has a token and the browser its cookie.</li>
 * </ul>
 * The webapps set the cookie for the path /camunda only; it is rewritten to "/" so that Lifeline's
 * pages read the same token (one cookie, one token), and marked Secure over HTTPS.
 */
class SessionCsrfFilter extends OncePerRequestFilter {

    static final String TOKEN_ATTRIBUTE = CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME;
    static final String COOKIE = CsrfConstants.CSRF_TOKEN_DEFAULT_COOKIE_NAME;
    static final String HEADER = CsrfConstants.CSRF_TOKEN_HEADER_NAME;
    static final String REFUSED = "请求缺少有效的 CSRF 令牌(请求头 X-XSRF-TOKEN),请刷新页面后重试";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern PATH = Pattern.compile("(?i);\\s*Path=[^;]*");
    private static final Pattern SECURE = Pattern.compile("(?i);\\s*Secure\\s*(;|$)");

    private final String webappPath;
    private final Boolean secureCookies;
    private final ObjectMapper json;

    /**
     * @param webappPath    where the Camunda webapps live (camunda.bpm.webapp.application-path)
     * @param secureCookies server.servlet.session.cookie.secure: null = Secure when the request is HTTPS
     */
    SessionCsrfFilter(String webappPath, Boolean secureCookies, ObjectMapper json) {
        this.webappPath = webappPath.endsWith("/") ? webappPath : webappPath + "/";
        this.secureCookies = secureCookies;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(webappPath)) {
            chain.doFilter(request, new TokenCookieForWholeApp(response, secure(request)));
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            String token = (String) session.getAttribute(TOKEN_ATTRIBUTE);
            if (!SafeMethods.isSafe(request)) {
                if (WebappSession.login(session).isPresent() && !matches(token, request.getHeader(HEADER))) {
                    JsonRefusal.write(json, response, HttpStatus.FORBIDDEN, REFUSED);
                    return;
                }
            } else {
                if (token == null) {
                    token = HexFormat.of().withUpperCase().formatHex(randomBytes());
                    session.setAttribute(TOKEN_ATTRIBUTE, token);
                }
                if (!token.equals(cookie(request))) {
                    response.addHeader(HttpHeaders.SET_COOKIE, tokenCookie(token, secure(request)));
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static boolean matches(String token, String sent) {
        return token != null && sent != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
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

    private boolean secure(HttpServletRequest request) {
        return secureCookies != null ? secureCookies : request.isSecure();
    }

    /** Readable by the pages' scripts (not HttpOnly): they copy it into the X-XSRF-TOKEN header. */
    static String tokenCookie(String token, boolean secure) {
        return COOKIE + "=" + token + ";Path=/;SameSite=Lax" + (secure ? ";Secure" : "");
    }

    /** Moves the webapps' token cookie from /camunda to "/" and marks it Secure over HTTPS. */
    private static final class TokenCookieForWholeApp extends HttpServletResponseWrapper {

        private final boolean secure;

        TokenCookieForWholeApp(HttpServletResponse response, boolean secure) {
            super(response);
            this.secure = secure;
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, rewrite(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, rewrite(name, value));
        }

        private String rewrite(String name, String value) {
            if (value == null || !HttpHeaders.SET_COOKIE.equalsIgnoreCase(name) || !value.startsWith(COOKIE + "=")) {
                return value;
            }
            String cookie = PATH.matcher(value).replaceAll("") + ";Path=/";
            return secure && !SECURE.matcher(cookie).find() ? cookie + ";Secure" : cookie;
        }
    }
}
