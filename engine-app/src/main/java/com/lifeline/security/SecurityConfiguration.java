package com.lifeline.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeline.org.StaffGroups;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * One login for everything: the Camunda webapps' login (Tasklist, Cockpit, Admin) begins a session
 * that Lifeline's pages and /api accept too ({@link WebappSessionAuthenticationFilter}); its logout
 * ends it. Scripts use HTTP Basic on /api and /engine-rest, statelessly. Nothing but health, the
 * customer's signed link, the login pages and the expired-password form is reachable without a login;
 * a browser is sent to the login page, never shown a Basic prompt ({@link LoginEntryPoint}).
 * CSRF and foreign origins: {@link SessionCsrfFilter}, {@link SameOriginFilter} (docs/security.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CamundaIdentityAuthenticationProvider identities,
                                            AccountState accounts, AccountSecurityProperties properties,
                                            StaffGroups roles, ObjectMapper json) throws Exception {
        LoginEntryPoint entryPoint = new LoginEntryPoint(properties.loginPage(), json);
        WebappSessionAuthenticationFilter webappSession = new WebappSessionAuthenticationFilter();
        http.authenticationProvider(identities)
                .authorizeHttpRequests(requests -> requests
                        // CVE-2026-77226: the first-run setup could create an administrator
                        .requestMatchers("/camunda/api/admin/setup/**").denyAll()
                        .requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
                        // the Prometheus scrape and any other actuator endpoint: admins only (a scraper sends Basic)
                        .requestMatchers("/actuator/**").hasAuthority(CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.CAMUNDA_ADMIN)
                        .requestMatchers("/c/**", "/confirm.html", "/confirm.js", "/api/public/**").permitAll()
                        // changing an expired password: the old password is the credential
                        .requestMatchers("/password.html", "/password.js", "/lifeline.js").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/password").permitAll()
                        // the webapps check their own login; their login page must open without one
                        .requestMatchers("/", "/camunda/**", "/error").permitAll()
                        // the schedules admin: also IT operations, who run the nodes
                        .requestMatchers("/api/admin/schedules", "/api/admin/schedules/**").hasAnyAuthority(
                                CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.CAMUNDA_ADMIN,
                                CamundaIdentityAuthenticationProvider.GROUP_PREFIX + roles.itOps())
                        .requestMatchers("/api/admin/**").hasAuthority(CamundaIdentityAuthenticationProvider.GROUP_PREFIX + Groups.CAMUNDA_ADMIN)
                        // deploying models changes what every new instance runs: designers only
                        .requestMatchers("/api/designer/**").hasAuthority(CamundaIdentityAuthenticationProvider.GROUP_PREFIX + roles.designers())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Lifeline").authenticationEntryPoint(entryPoint))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
                // Basic is stateless and the session's login is the webapps': nothing of Spring Security in the
                // session. No session-fixation step either: the webapps' login already begins a new session, and
                // Spring Security would otherwise change the session id on every request it sees the login anew
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fixation -> fixation.none()))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .addFilterAfter(webappSession, BasicAuthenticationFilter.class)
                .addFilterAfter(new AccountStateFilter(accounts, json), WebappSessionAuthenticationFilter.class)
                // one CSRF mechanism for the whole app: the webapps' session token (SessionCsrfFilter)
                .csrf(csrf -> csrf.disable())
                // logging out is the webapps' logout, which ends the session (WebappLoginGuard)
                .logout(logout -> logout.disable());
        return http.build();
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                EngineRestLoginProvider.class.getName());
        registration.setName("engine-rest-authentication");
        return registration;
    }
}
