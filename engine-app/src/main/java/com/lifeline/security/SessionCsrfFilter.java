package com.lifeline.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * One CSRF token per session for the whole app: the Camunda webapps' own ({@link CsrfTokens}).
 * Under /camunda the webapps' CsrfPreventionFilter checks it; everywhere else (/api, Lifeline's
 * pages) this filter does:
 * <ul>
 *   <li>a state-changing request whose session carries a login must send the session's token in
 *       X-XSRF-TOKEN, else 403 (HTTP Basic without a session is stateless and needs none);</li>
 *   <li>a read with a session makes sure the session has a token and the browser its cookie.</li>
 * </ul>
 * The webapps set the cookie for the path /camunda only; it is rewritten to "/" so that Lifeline's
 * pages read the same token (one cookie, one token), and marked Secure over HTTPS.
 */
class SessionCsrfFilter extends OncePerRequestFilter {

    static final String REFUSED = "请求缺少有效的 CSRF 令牌(请求头 X-XSRF-TOKEN),请刷新页面后重试";

    private static final Pattern PATH = Pattern.compile("(?i);\\s*Path=[^;]*");
    private static final Pattern SECURE = Pattern.compile("(?i);\\s*Secure\\s*(;|$)");

    private final String webappPath;
    private final CsrfTokens tokens;
    private final ObjectMapper json;

    private static final String SIGNED_LINKS = "/c/";

    /** @param webappPath where the Camunda webapps live (camunda.bpm.webapp.application-path) */
    SessionCsrfFilter(String webappPath, CsrfTokens tokens, ObjectMapper json) {
        this.webappPath = webappPath.endsWith("/") ? webappPath : webappPath + "/";
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(webappPath)) {
            chain.doFilter(request, new TokenCookieForWholeApp(response, tokens.secure(request)));
            return;
        }
        HttpSession session = request.getSession(false);
        // a signed link's page (/c/…) acts by its token, never by the session's login: a logged-in
        // staff member who opens a customer's link answers it as anyone holding the link would
        if (session != null && !path.startsWith(SIGNED_LINKS)) {
            if (!SafeMethods.isSafe(request)) {
                if (WebappSession.login(session).isPresent() && !CsrfTokens.sent(session, request)) {
                    JsonRefusal.write(json, response, HttpStatus.FORBIDDEN, REFUSED);
                    return;
                }
            } else {
                tokens.ensure(session, request, response);
            }
        }
        chain.doFilter(request, response);
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
            if (value == null || !HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)
                    || !value.startsWith(CsrfTokens.COOKIE + "=")) {
                return value;
            }
            String cookie = PATH.matcher(value).replaceAll("") + ";Path=/";
            return secure && !SECURE.matcher(cookie).find() ? cookie + ";Secure" : cookie;
        }
    }
}
