package com.lifeline.dormancy;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Period;

/**
 * @param silentFor how long without interaction makes a customer a candidate (DOMAIN.md: 6 months)
 * @param batchSize customers per transaction of the sweep
 */
@ConfigurationProperties("lifeline.dormancy")
public record DormancyProperties(Period silentFor, int batchSize) {

    public DormancyProperties {
        if (silentFor == null || silentFor.isNegative() || silentFor.isZero()) {
            throw new IllegalArgumentException("lifeline.dormancy.silent-for must be a positive period, e.g. P6M");
        }
        if (batchSize < 1 || batchSize > 5000) {
            throw new IllegalArgumentException("lifeline.dormancy.batch-size must be 1 to 5000");
        }
    }
}
