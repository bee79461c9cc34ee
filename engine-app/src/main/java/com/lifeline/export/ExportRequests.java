package com.lifeline.export;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.customer.NotAllowedException;
import com.lifeline.database.GeneratedId;
import com.lifeline.security.CurrentUser;
import com.lifeline.web.ConcurrentChangeException;
import com.lifeline.web.InvalidRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Export requests: who may ask, what a request must say, the customers it holds (fixed when asked), the
 * approvers' decisions. Every request runs export-approval; approval is only a state: the archive is made
 * when the requester asks for it ({@link ExportArchives}).
 */
@Service
public class ExportRequests {

    static final String STEP_HEAD = "HEAD";
    static final String STEP_COMMITTEE = "COMMITTEE";
    private static final int INSERT_BATCH = 1000;

    private final ExportMapper mapper;
    private final ExportSelection selection;
    private final ExportAnomalies anomalies;
    private final ExportProperties properties;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final Clock clock;

    ExportRequests(ExportMapper mapper, ExportSelection selection, ExportAnomalies anomalies, ExportProperties properties,
                   RuntimeService runtime, AuditLog audit, Clock clock) {
        this.mapper = mapper;
        this.selection = selection;
        this.anomalies = anomalies;
        this.properties = properties;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
    }

    /** POST /api/exports: the request is checked, its customers fixed and export-approval started. */
    @Transactional
    public ExportRequest request(CurrentUser user, NewExport asked) {
        ExportRequest request = register(user, asked);
        // started by the application as no user: the variables are ours, and routing reads only them
        String instance = runtime.startProcessInstanceByKey(ExportVariables.PROCESS_KEY, "export-" + request.id(),
                Map.of(ExportVariables.REQUEST_ID, request.id(), ExportVariables.REQUESTED_BY, user.userId(),
                        ExportVariables.RECORD_COUNT, request.recordCount())).getId();
        mapper.setProcessInstance(request.id(), instance);
        return find(request.id());
    }

    /**
     * Checks the request and stores it with its customers (in the requester's scope, with the consent its
     * use needs); the process is started by the caller. Nothing is written when anything is refused.
     */
    @Transactional
    public ExportRequest register(CurrentUser user, NewExport asked) {
        if (user.groupIds().stream().noneMatch(properties.requesters()::contains)) {
            throw new NotAllowedException("只有销售顾问、主管和部门经理可以申请导出");
        }
        if (asked == null) {
            throw new InvalidRequestException("filter", "请写明导出范围、字段、用途、使用期限和保护措施");
        }
        String format = format(asked.format());
        List<ExportField> fields = fields(asked.fields());
        String purpose = text("purpose", asked.purpose(), "请写明导出用途");
        String safeguards = text("safeguards", asked.safeguards(), "请写明保护措施(如何保管、谁能接触、用后如何销毁)");
        UsagePurpose usage = usage(asked.usage());
        int period = period(asked.periodDays());
        ExportSelection.Selected selected = selection.select(user, asked.filter(), usage);
        if (selected.customerIds().isEmpty()) {
            throw new InvalidRequestException("filter", "在您的权限范围内没有符合条件的客户");
        }
        if (selected.customerIds().size() > properties.maxRecords()) {
            throw new InvalidRequestException("filter", "一次最多导出 " + properties.maxRecords() + " 条,请缩小范围");
        }
        Instant now = clock.instant();
        GeneratedId key = new GeneratedId();
        mapper.insert(key, new ExportRequest(null, user.userId(), ExportStatus.AWAITING_APPROVAL, format, usage,
                String.join(",", fields.stream().map(ExportField::key).toList()), selected.summary(), purpose,
                safeguards, period, Boolean.TRUE.equals(asked.unmask()), true, selected.customerIds().size(), false, null,
                null, now, null, null, null, null, 0, null));
        long id = key.getId();
        List<Long> ids = selected.customerIds();
        for (int from = 0; from < ids.size(); from += INSERT_BATCH) {
            mapper.insertItems(id, ids.subList(from, Math.min(ids.size(), from + INSERT_BATCH)));
        }
        audit.record(user.userId(), AuditAction.EXPORT, null, "export " + id + " requested: " + ids.size()
                + " records, fields " + String.join(",", fields.stream().map(ExportField::key).toList()));
        anomalies.checkVolume(user.userId());
        return find(id);
    }

    /** Tasklist's start: the instance its start form began. */
    @Transactional
    public void attachProcess(long requestId, String processInstanceId) {
        mapper.setProcessInstance(requestId, processInstanceId);
    }

    /** export-approvers.dmn's answer for the request. */
    @Transactional
    public void setApprovers(long requestId, boolean headApproval, String committeeGroup) {
        mapper.setApprovers(requestId, headApproval, committeeGroup);
    }

    /** One approver's decision at {@code step} (HEAD, COMMITTEE), with its reason. */
    @Transactional
    public void decide(long requestId, String step, String approver, ExportDecision decision, String reason) {
        ExportRequest request = find(requestId);
        if (request.status() != ExportStatus.AWAITING_APPROVAL) {
            throw new ConcurrentChangeException("该导出申请已处理,请刷新");
        }
        try {
            mapper.insertDecision(requestId, step, approver, decision, reason, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new ConcurrentChangeException("该任务已被他人处理,请刷新");
        }
        audit.record(approver, AuditAction.REVIEW, null, "export " + requestId + " " + step.toLowerCase(Locale.ROOT)
                + " " + decision.name().toLowerCase(Locale.ROOT));
    }

    /**
     * Every approver needed agreed (or none was needed): downloadable for the request's period. Phones and
     * emails stay masked unless the requester asked and no approver kept the masking.
     */
    @Transactional
    public void approve(long requestId) {
        ExportRequest request = find(requestId);
        boolean keptMasked = mapper.decisionsOf(requestId).contains(ExportDecision.APPROVE_MASKED.name());
        boolean unmasked = request.unmaskRequested() && !keptMasked && !mapper.decisionsOf(requestId).isEmpty();
        Instant now = clock.instant();
        if (mapper.approve(requestId, !unmasked, now, now.plus(Duration.ofDays(request.periodDays()))) != 1) {
            throw new ConcurrentChangeException("该导出申请已处理,请刷新");
        }
        audit.record("system", AuditAction.EXPORT, null, "export " + requestId + " approved" + (unmasked ? " unmasked" : ""));
    }

    @Transactional
    public void reject(long requestId) {
        ExportRequest request = find(requestId);
        mapper.reject(requestId, clock.instant());
        audit.record("system", AuditAction.EXPORT, null, "export " + requestId + " rejected");
        anomalies.checkRejections(request.requestedBy());
    }

    public ExportRequest find(long requestId) {
        return mapper.findById(requestId).orElseThrow(() -> new IllegalStateException("export request " + requestId + " is missing"));
    }

    /** The request, only for its requester: anyone else learns nothing (404). */
    public ExportRequest mine(String userId, long requestId) {
        return mapper.findById(requestId).filter(r -> r.requestedBy().equals(userId))
                .orElseThrow(() -> new ExportNotFoundException(requestId));
    }

    public List<ExportRequest> of(String userId) {
        return mapper.findByRequester(userId, 100);
    }

    private static String format(String format) {
        String value = format == null || format.isBlank() ? "CSV" : format.strip().toUpperCase(Locale.ROOT);
        if (value.equals("XLSX")) {
            throw new InvalidRequestException("format", "目前只支持 CSV");
        }
        if (!value.equals("CSV")) {
            throw new InvalidRequestException("format", "只能是 CSV");
        }
        return value;
    }

    private static List<ExportField> fields(List<String> keys) {
        if (keys == null || keys.isEmpty()) {
            throw new InvalidRequestException("fields", "请选择要导出的字段");
        }
        Set<ExportField> fields = new LinkedHashSet<>();
        for (String key : keys) {
            ExportField field = key == null ? null : ExportField.byKey(key.strip());
            if (field == null) {
                throw new InvalidRequestException("fields", "没有这个字段,可选:" + String.join("、",
                        java.util.Arrays.stream(ExportField.values()).map(ExportField::key).toList()));
            }
            fields.add(field);
        }
        return new ArrayList<>(fields);
    }

    private String text(String field, String text, String missing) {
        String stripped = text == null ? "" : text.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length < ExportProperties.TEXT_MIN || length > properties.textMaxLength()) {
            throw new InvalidRequestException(field, missing + "(" + ExportProperties.TEXT_MIN + "–"
                    + properties.textMaxLength() + " 个字)");
        }
        return stripped;
    }

    private static UsagePurpose usage(String usage) {
        if (usage == null || usage.isBlank()) {
            return UsagePurpose.SERVICE;
        }
        try {
            return UsagePurpose.valueOf(usage.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("usage", "只能是 SERVICE(客户服务)或 MARKETING(营销)");
        }
    }

    private int period(Integer days) {
        int value = days == null ? properties.defaultPeriodDays() : days;
        if (value < 1 || value > properties.maxPeriodDays()) {
            throw new InvalidRequestException("periodDays", "使用期限为 1 到 " + properties.maxPeriodDays() + " 天");
        }
        return value;
    }
}
