package com.lifeline.metrics;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param healthRefresh  how often each node recounts tasks, the outbox and failed jobs for the gauges
 * @param qualityRefresh how often each node recomputes the data-quality figures (one pass over the store)
 */
@ConfigurationProperties("lifeline.metrics")
public record MetricsProperties(Duration healthRefresh, Duration qualityRefresh) {

    public MetricsProperties {
        healthRefresh = positive(healthRefresh, Duration.ofMinutes(1), "health-refresh");
        qualityRefresh = positive(qualityRefresh, Duration.ofMinutes(15), "quality-refresh");
    }

    private static Duration positive(Duration value, Duration otherwise, String name) {
        if (value == null) {
            return otherwise;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("lifeline.metrics." + name + " must be positive, e.g. PT1M");
        }
        return value;
    }
}
