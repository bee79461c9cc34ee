package com.lifeline.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeline.audit.AuditLog;
import com.lifeline.audit.SourceAddressFilter;
import com.lifeline.audit.WebappLoginAuditFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;

/**
 * Password expiry and disabled accounts on /api, login throttling, session limits and the webapps'
 * login audit. The servlet filters run just after Boot's request-context filter and before Spring
 * Security and the webapps' own filters.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class AccountSecurityConfiguration implements WebMvcConfigurer {

    private static final int BEFORE_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER - 4;

    private final AccountState accounts;
    private final ObjectMapper json;

    AccountSecurityConfiguration(AccountState accounts, ObjectMapper json) {
        this.accounts = accounts;
        this.json = json;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AccountInterceptor(accounts, json))
                .addPathPatterns("/api/**")
                .excludePathPatterns("/api/me/password", "/api/public/**");
    }

    @Bean
    FilterRegistrationBean<SourceAddressFilter> sourceAddressFilter() {
        var registration = new FilterRegistrationBean<>(new SourceAddressFilter());
        registration.setOrder(BEFORE_SECURITY - 1);
        registration.setName("audit-source-address");
        return registration;
    }

    @Bean
    FilterRegistrationBean<AbsoluteSessionTimeoutFilter> absoluteSessionTimeoutFilter(AccountSecurityProperties properties) {
        var registration = new FilterRegistrationBean<>(
                new AbsoluteSessionTimeoutFilter(properties.sessionAbsoluteTimeout(), System::currentTimeMillis));
        registration.setOrder(BEFORE_SECURITY);
        registration.setName("absolute-session-timeout");
        return registration;
    }

    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, AuditLog audit, Clock clock) {
        var registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, audit, json, clock));
        registration.setOrder(BEFORE_SECURITY + 1);
        registration.setName("login-throttle");
        return registration;
    }

    @Bean
    FilterRegistrationBean<WebappLoginAuditFilter> webappLoginAuditFilter(AuditLog audit) {
        var registration = new FilterRegistrationBean<>(new WebappLoginAuditFilter(audit));
        registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
        registration.setOrder(BEFORE_SECURITY + 2);
        registration.setName("webapp-login-audit");
        return registration;
    }
}
