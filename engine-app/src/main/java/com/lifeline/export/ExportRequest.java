package com.lifeline.export;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** An export as stored. {@code fields}: the API keys of its columns, comma-separated. */
public record ExportRequest(Long id, String requestedBy, ExportStatus status, String format, UsagePurpose usagePurpose,
                            String fields, String filterSummary, String purpose, String safeguards, int periodDays,
                            boolean unmaskRequested, boolean masked, int recordCount, boolean headApproval,
                            String committeeGroup, String processInstanceId, Instant requestedAt, Instant decidedAt,
                            Instant expiresAt, String fileName, Instant fileCreatedAt, int downloads, Instant purgedAt) {

    List<ExportField> columns() {
        return Arrays.stream(fields.split(",")).map(ExportField::byKey).toList();
    }
}
