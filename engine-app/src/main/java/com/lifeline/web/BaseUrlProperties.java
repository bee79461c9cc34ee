package com.lifeline.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How customers and staff reach this app ({@code lifeline.base-url}), e.g. https://lifeline.example.com:
 * links in messages start with it, and pages served under it are the app's own origin.
 */
@ConfigurationProperties("lifeline")
public record BaseUrlProperties(String baseUrl) {
}
