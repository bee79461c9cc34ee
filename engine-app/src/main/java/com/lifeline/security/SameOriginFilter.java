package com.lifeline.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A state-changing request (anything but GET, HEAD, OPTIONS, TRACE) that a browser sends from another
 * site is refused with 403 on every path, whatever it authenticates with: a browser that cached a
 * Basic password or holds a session must not act for a foreign page. "From another site" means an
 * {@code Origin} header that is neither the app's own origin (as the request reached it; behind a
 * proxy set server.forward-headers-strategy), nor lifeline.base-url's, nor an allowed origin;
 * or, without Origin, {@code Sec-Fetch-Site: cross-site}. Scripts send neither header.
 */
class SameOriginFilter extends OncePerRequestFilter {

    static final String REFUSED = "拒绝来自其他网站的请求";

    private final Set<String> allowed;
    private final ObjectMapper json;

    SameOriginFilter(Collection<String> allowedOrigins, ObjectMapper json) {
        this.allowed = allowedOrigins.stream().map(SameOriginFilter::origin)
                .filter(o -> o != null).collect(Collectors.toUnmodifiableSet());
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SafeMethods.isSafe(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        boolean foreign = origin != null
                ? !isAllowed(origin(origin), request)
                : "cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"));
        if (foreign) {
            JsonRefusal.write(json, response, HttpStatus.FORBIDDEN, REFUSED);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isAllowed(String origin, HttpServletRequest request) {
        return origin != null && (allowed.contains(origin)
                || origin.equals(origin(request.getScheme(), request.getServerName(), request.getServerPort())));
    }

    /** scheme://host[:port] in lower case without a default port, or null if it is no origin ("null"). */
    static String origin(String url) {
        try {
            URI uri = new URI(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return origin(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String origin(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port < 0 || ("http".equals(s) && port == 80) || ("https".equals(s) && port == 443);
        return s + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
