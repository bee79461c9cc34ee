package com.lifeline.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.LinkedHashMap;

/**
 * Nothing but health, the customer's signed link and the login pages is reachable without logging
 * in. The Camunda webapps keep their own login (same identity store); /engine-rest uses HTTP Basic
 * against that store too.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CamundaIdentityAuthenticationProvider identities)
            throws Exception {
        http.authenticationProvider(identities)
                .authorizeHttpRequests(requests -> requests
                        // CVE-2026-77226: the first-run setup could create an administrator
                        .requestMatchers("/camunda/api/admin/setup/**").denyAll()
                        .requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
                        .requestMatchers("/c/**", "/confirm.html", "/confirm.js", "/api/public/**").permitAll()
                        .requestMatchers("/", "/camunda/**", "/engine-rest/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Lifeline"))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint()))
                // the webapps and /engine-rest have their own CSRF handling / stateless Basic; /api is stateless Basic
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/engine-rest/**", "/camunda/**"));
        return http.build();
    }

    /**
     * 401 without a challenge, except for the audit page and its API: the browser shows its Basic
     * login prompt there (a plain page with no login form of its own).
     */
    private static AuthenticationEntryPoint entryPoint() {
        BasicAuthenticationEntryPoint prompt = new BasicAuthenticationEntryPoint();
        prompt.setRealmName("Lifeline");
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> byPath = new LinkedHashMap<>();
        byPath.put(new OrRequestMatcher(AntPathRequestMatcher.antMatcher("/audit.html"),
                AntPathRequestMatcher.antMatcher("/api/audit/**"), AntPathRequestMatcher.antMatcher("/api/audit")), prompt);
        DelegatingAuthenticationEntryPoint delegating = new DelegatingAuthenticationEntryPoint(byPath);
        delegating.setDefaultEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
        return delegating;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.setName("engine-rest-authentication");
        return registration;
    }
}
