package com.lifeline.security;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Nothing but health, the customer's signed link and the login pages is reachable without logging
 * in; app pages (customers.html, audit.html) get the browser's Basic login prompt. The Camunda webapps keep their own login (same identity store); /engine-rest uses HTTP Basic
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
                        .requestMatchers("/api/admin/**").hasAuthority(CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.CAMUNDA_ADMIN)
                        // deploying models changes what every new instance runs: designers only
                        .requestMatchers("/api/designer/**").hasAuthority(CamundaIdentityAuthenticationProvider.GROUP_PREFIX + "designers")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Lifeline"))
                // the webapps and /engine-rest have their own CSRF handling / stateless Basic; /api is stateless Basic
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/engine-rest/**", "/camunda/**"));
        return http.build();
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
