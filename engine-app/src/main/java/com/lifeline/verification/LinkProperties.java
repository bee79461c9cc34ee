package com.lifeline.verification;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Signed links sent to customers; their key is {@code lifeline.keys.link-secret(-file)}.
 *
 * @param baseUrl  how customers reach this app, e.g. https://lifeline.example.com
 * @param validity how long a link works
 */
@ConfigurationProperties("lifeline.links")
public record LinkProperties(String baseUrl, Duration validity) {
}
