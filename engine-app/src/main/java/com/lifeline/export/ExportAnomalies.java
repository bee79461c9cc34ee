package com.lifeline.export;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.database.GeneratedId;
import com.lifeline.org.StaffGroups;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * lifeline.export.anomaly: more exports or exported records per user and day than configured, or repeated
 * rejected requests, open one review for compliance (export-anomaly-review) per user and day.
 */
@Service
class ExportAnomalies {

    static final String PROCESS_KEY = "export-anomaly-review";
    static final String ANOMALY_ID = "exportAnomalyId";
    static final String FLAGGED_USER = "flaggedUser";
    static final String REVIEW_GROUP = "reviewGroup";

    private final ExportMapper mapper;
    private final ExportProperties.Anomaly limits;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final String complianceGroup;
    private final Clock clock;

    ExportAnomalies(ExportMapper mapper, ExportProperties properties, RuntimeService runtime, AuditLog audit,
                    StaffGroups groups, Clock clock) {
        this.mapper = mapper;
        this.limits = properties.anomaly();
        this.runtime = runtime;
        this.audit = audit;
        this.complianceGroup = groups.compliance();
        this.clock = clock;
    }

    /** After a request: today's exports and records of the user. */
    void checkVolume(String userId) {
        Instant since = startOfToday();
        int exports = mapper.exportsSince(userId, since);
        int records = mapper.recordsSince(userId, since);
        if (exports > limits.exportsPerDay()) {
            flag(userId, "exports per day over " + limits.exportsPerDay());
        } else if (records > limits.recordsPerDay()) {
            flag(userId, "records per day over " + limits.recordsPerDay());
        }
    }

    /** After a rejection: today's rejected requests of the user. */
    void checkRejections(String userId) {
        if (mapper.rejectionsSince(userId, startOfToday()) >= limits.rejectionsPerDay()) {
            flag(userId, "rejected requests per day reached " + limits.rejectionsPerDay());
        }
    }

    /** The review's outcome, from its task. */
    @Transactional
    void recordOutcome(long anomalyId, String reviewer, String outcome) {
        mapper.setAnomalyOutcome(anomalyId, outcome);
        audit.record(reviewer, AuditAction.REVIEW, null, "export anomaly " + anomalyId + " " + outcome);
    }

    private void flag(String userId, String rule) {
        LocalDate today = LocalDate.now(clock);
        GeneratedId key = new GeneratedId();
        try {
            mapper.insertAnomaly(key, userId, today, rule, clock.instant());
        } catch (DuplicateKeyException alreadyUnderReview) {
            return;
        }
        String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, "export-anomaly-" + key.getId(),
                Map.of(ANOMALY_ID, key.getId(), FLAGGED_USER, userId, REVIEW_GROUP, complianceGroup)).getId();
        mapper.setAnomalyProcess(key.getId(), instance);
        audit.record("system", AuditAction.ESCALATE, null, "export anomaly of " + userId + ": " + rule);
    }

    private Instant startOfToday() {
        return LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
    }
}
