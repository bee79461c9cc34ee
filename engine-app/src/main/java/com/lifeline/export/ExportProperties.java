package com.lifeline.export;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code lifeline.export}.
 *
 * @param requesters        groups whose members may request exports (of their own scope)
 * @param directory         where archives wait for download; only the app reads it
 * @param defaultPeriodDays how long an archive may be downloaded when the request names no period
 * @param maxPeriodDays     the longest period a request may name
 * @param downloadLimit     downloads per archive
 * @param maxRecords        records per export at most
 * @param textMaxLength     purpose, safeguards and an approver's reason, in characters
 * @param sampleRows        rows of the masked sample approvers see
 * @param anomaly           what makes compliance review a user's exports
 * @param purgeCron         Quartz cron (in lifeline.zone) of the purge of expired archives
 */
@ConfigurationProperties("lifeline.export")
public record ExportProperties(List<String> requesters, Path directory, int defaultPeriodDays, int maxPeriodDays,
                               int downloadLimit, int maxRecords, int textMaxLength, int sampleRows, Anomaly anomaly,
                               String purgeCron) {

    /** The text columns of export_request and export_decision hold 1000 characters. */
    static final int TEXT_COLUMN = 1000;
    static final int TEXT_MIN = 5;

    /**
     * @param exportsPerDay    exports a user may request per day before review
     * @param recordsPerDay    records a user may request per day before review
     * @param rejectionsPerDay rejected requests of a user per day before review
     */
    public record Anomaly(int exportsPerDay, int recordsPerDay, int rejectionsPerDay) {
    }

    public ExportProperties {
        requesters = requesters == null ? List.of() : List.copyOf(requesters);
        if (defaultPeriodDays < 1 || maxPeriodDays < defaultPeriodDays) {
            throw new IllegalArgumentException("lifeline.export: 1 ≤ default-period-days ≤ max-period-days");
        }
        if (downloadLimit < 1 || maxRecords < 1 || sampleRows < 0) {
            throw new IllegalArgumentException("lifeline.export: download-limit and max-records at least 1");
        }
        if (textMaxLength < TEXT_MIN || textMaxLength > TEXT_COLUMN) {
            throw new IllegalArgumentException("lifeline.export.text-max-length must be " + TEXT_MIN + " to " + TEXT_COLUMN);
        }
        if (anomaly == null) {
            throw new IllegalArgumentException("lifeline.export.anomaly is required");
        }
    }
}
