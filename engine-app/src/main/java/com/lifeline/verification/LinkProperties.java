package com.lifeline.verification;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Signed links sent to customers; their key is {@code lifeline.keys.link-secret(-file)}, their address
 * starts with {@code lifeline.base-url}.
 *
 * @param validity how long a link works
 */
@ConfigurationProperties("lifeline.links")
public record LinkProperties(Duration validity) {
}
