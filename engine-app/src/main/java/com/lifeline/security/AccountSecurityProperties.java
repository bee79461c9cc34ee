package com.lifeline.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * @param passwordMaxAge          after this the /api answers 403 until the password is changed
 * @param sessionAbsoluteTimeout  a session ends this long after it began, however busy
 * @param loginMaxFailures        failed logins of one user within {@code loginFailureWindow} that lock it
 * @param loginFailureWindow      the window failures are counted in
 * @param loginLockout            how long a throttled user is refused
 * @param loginPage               where a browser without a login is sent (the webapps' login)
 * @param allowedOrigins          origins besides the app's own and lifeline.base-url's whose
 *                                browsers may send state-changing requests, e.g. https://intranet.example.com
 */
@ConfigurationProperties("lifeline.security")
public record AccountSecurityProperties(@DefaultValue("P90D") Duration passwordMaxAge,
                                 @DefaultValue("PT8H") Duration sessionAbsoluteTimeout,
                                 @DefaultValue("5") int loginMaxFailures,
                                 @DefaultValue("PT15M") Duration loginFailureWindow,
                                 @DefaultValue("PT15M") Duration loginLockout,
                                 @DefaultValue("/camunda/app/tasklist/default/") String loginPage,
                                 @DefaultValue List<String> allowedOrigins) {
}
