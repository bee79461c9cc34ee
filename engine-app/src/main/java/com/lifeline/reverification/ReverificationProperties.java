package com.lifeline.reverification;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param batchSize          customers per transaction of the sweep: a crash loses at most one batch's work,
 *                           which the resumed sweep does again
 * @param progressLogInterval how often a running sweep logs its progress
 * @param linkValidity       how long a contact's confirmation link works
 */
@ConfigurationProperties("lifeline.reverification")
public record ReverificationProperties(int batchSize, Duration progressLogInterval, Duration linkValidity) {

    public ReverificationProperties {
        if (batchSize < 1 || batchSize > 5000) {
            throw new IllegalArgumentException("lifeline.reverification.batch-size must be 1 to 5000");
        }
        progressLogInterval = progressLogInterval == null ? Duration.ofSeconds(10) : progressLogInterval;
        linkValidity = linkValidity == null ? Duration.ofDays(14) : linkValidity;
    }
}
