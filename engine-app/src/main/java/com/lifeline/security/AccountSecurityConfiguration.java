package com.lifeline.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeline.audit.AuditLog;
import com.lifeline.audit.SourceAddressFilter;
import com.lifeline.web.BaseUrlProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.session.jdbc.MySqlJdbcIndexedSessionRepositoryCustomizer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The servlet filters around Spring Security: origin check, session limits, CSRF token, login
 * throttling, and the webapps' login audit and rules. All but the last two run after Boot's
 * request-context filter and before Spring Security; the session (Spring Session JDBC) is there
 * before all of them.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class AccountSecurityConfiguration {

    private static final int BEFORE_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER - 4;
    /** The webapps' login resource is not Spring Security's business: these run after it. */
    private static final int AFTER_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

    private final ObjectMapper json;

    AccountSecurityConfiguration(ObjectMapper json) {
        this.json = json;
    }

    @Bean
    FilterRegistrationBean<SourceAddressFilter> sourceAddressFilter() {
        var registration = new FilterRegistrationBean<>(new SourceAddressFilter());
        registration.setOrder(BEFORE_SECURITY - 1);
        registration.setName("audit-source-address");
        return registration;
    }

    @Bean
    FilterRegistrationBean<SameOriginFilter> sameOriginFilter(AccountSecurityProperties properties, BaseUrlProperties app) {
        List<String> origins = new ArrayList<>(properties.allowedOrigins());
        if (app.baseUrl() != null && !app.baseUrl().isBlank()) {
            origins.add(app.baseUrl());
        }
        var registration = new FilterRegistrationBean<>(new SameOriginFilter(origins, json));
        registration.setOrder(BEFORE_SECURITY);
        registration.setName("same-origin");
        return registration;
    }

    @Bean
    FilterRegistrationBean<AbsoluteSessionTimeoutFilter> absoluteSessionTimeoutFilter(AccountSecurityProperties properties) {
        var registration = new FilterRegistrationBean<>(
                new AbsoluteSessionTimeoutFilter(properties.sessionAbsoluteTimeout(), System::currentTimeMillis));
        registration.setOrder(BEFORE_SECURITY + 1);
        registration.setName("absolute-session-timeout");
        return registration;
    }

    @Bean
    CsrfTokens csrfTokens(ServerProperties server) {
        return new CsrfTokens(server.getServlet().getSession().getCookie().getSecure());
    }

    @Bean
    FilterRegistrationBean<SessionCsrfFilter> sessionCsrfFilter(CsrfTokens tokens,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        var registration = new FilterRegistrationBean<>(new SessionCsrfFilter(webappPath, tokens, json));
        registration.setOrder(BEFORE_SECURITY + 2);
        registration.setName("session-csrf");
        return registration;
    }

    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, AuditLog audit, Clock clock) {
        var registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, audit, json, clock));
        registration.setOrder(BEFORE_SECURITY + 3);
        registration.setName("login-throttle");
        return registration;
    }

    @Bean
    FilterRegistrationBean<WebappLoginAuditFilter> webappLoginAuditFilter(AuditLog audit) {
        var registration = new FilterRegistrationBean<>(new WebappLoginAuditFilter(audit));
        registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
        registration.setOrder(AFTER_SECURITY);
        registration.setName("webapp-login-audit");
        return registration;
    }

    /** Inside the audit filter, so that the audit sees the final answer (e.g. 403 for an expired password). */
    @Bean
    FilterRegistrationBean<WebappLoginGuard> webappLoginGuard(LoginThrottle throttle, AccountState accounts,
                                                             CsrfTokens tokens, Clock clock) {
        var registration = new FilterRegistrationBean<>(new WebappLoginGuard(throttle, accounts, tokens, clock, json));
        registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
        registration.setOrder(AFTER_SECURITY + 1);
        registration.setName("webapp-login-guard");
        return registration;
    }

    /** Session attributes as one INSERT … ON DUPLICATE KEY UPDATE (no duplicate-key errors under load). */
    @Bean
    MySqlJdbcIndexedSessionRepositoryCustomizer mySqlSessionAttributes() {
        return new MySqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
