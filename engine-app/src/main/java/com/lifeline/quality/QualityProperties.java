package com.lifeline.quality;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Period;
import java.util.List;

/**
 * @param viewers   groups who see the figures (page and API); the navigation entry {@code quality} lists the same
 * @param silentFor without interaction for longer than this counts as silent (DOMAIN.md: one month)
 */
@ConfigurationProperties("lifeline.quality")
public record QualityProperties(List<String> viewers, Period silentFor) {

    public QualityProperties {
        viewers = viewers == null ? List.of() : List.copyOf(viewers);
        if (silentFor == null || silentFor.isNegative() || silentFor.isZero()) {
            throw new IllegalArgumentException("lifeline.quality.silent-for must be a positive period, e.g. P1M");
        }
    }
}
