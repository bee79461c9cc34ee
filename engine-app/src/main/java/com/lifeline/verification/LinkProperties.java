package com.lifeline.verification;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Signed links sent to customers.
 *
 * @param baseUrl    how customers reach this app, e.g. https://lifeline.example.com
 * @param secret     HMAC key; when blank, one is generated once and kept in {@code secretFile}
 * @param secretFile where the generated key is kept
 * @param validity   how long a link works
 */
@ConfigurationProperties("lifeline.links")
public record LinkProperties(String baseUrl, String secret, Path secretFile, Duration validity) {
}
