package com.lifeline.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;

/**
 * Outbox settings; the defaults are in application.yml.
 *
 * @param from          sender of every email, e.g. {@code Lifeline <no-reply@lifeline.local>}
 * @param maxAttempts   sends to start before a notice is marked FAILED
 * @param backoffBase   wait after the first failure; it doubles after each further failure
 * @param backoffCap    longest wait between two attempts
 * @param pollInterval  how often the scheduled job looks for due notices (retries, crash leftovers)
 * @param claimTimeout  how long a dispatcher may take to send one notice before another one may
 *                      take it over; keep it well above the SMTP and SMS timeouts
 */
@Validated
@ConfigurationProperties("lifeline.notification")
public record NotificationProperties(
        @NotBlank String from,
        @Min(1) int maxAttempts,
        @NotNull Duration backoffBase,
        @NotNull Duration backoffCap,
        @NotNull Duration pollInterval,
        @NotNull Duration claimTimeout,
        @NotNull @Valid Sms sms) {

    public enum SmsGatewayType {
        /** Logs a masked number instead of sending: for development and test. */
        LOG,
        /** POSTs to {@code url}. */
        HTTP
    }

    /**
     * @param url     the HTTP gateway's endpoint; required when {@code gateway} is {@code http}
     * @param timeout for connecting and for the answer, each
     */
    public record Sms(@NotNull SmsGatewayType gateway, URI url, @NotNull Duration timeout) {
    }
}
