package com.lifeline.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param retention  how long entries are kept; DOMAIN.md demands at least a year, so less refuses to start
 * @param purgeCron  when the purge job runs (Quartz cron, server time)
 */
@ConfigurationProperties("lifeline.audit")
public record AuditProperties(@DefaultValue("P400D") Duration retention,
                              @DefaultValue("0 30 3 * * ?") String purgeCron) {

    static final Duration MINIMUM_RETENTION = Duration.ofDays(365);

    public AuditProperties {
        if (retention.compareTo(MINIMUM_RETENTION) < 0) {
            throw new IllegalArgumentException("lifeline.audit.retention=" + retention
                    + " is shorter than the one year the audit log must be kept (at least P365D)");
        }
    }
}
