package com.lifeline.audit;

import com.lifeline.web.InvalidRequestException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/** The audit log for compliance (法务/合规) only: search and the chain check. */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasAuthority('GROUP_compliance')")
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditMapper mapper;
    private final AuditChain chain;
    private final AuditLog audit;

    AuditController(AuditMapper mapper, AuditChain chain, AuditLog audit) {
        this.mapper = mapper;
        this.chain = chain;
        this.audit = audit;
    }

    record Page(List<AuditEntry> entries, int page, int size, long total) {
    }

    record Verification(boolean intact, Long firstBrokenId) {
    }

    /** from / to: yyyy-MM-dd (whole days; to is inclusive) or yyyy-MM-ddTHH:mm[:ss] (to exclusive), server time. */
    @GetMapping
    Page search(@RequestParam(required = false) String actor,
                @RequestParam(required = false) String customerNumber,
                @RequestParam(required = false) String action,
                @RequestParam(required = false) String from,
                @RequestParam(required = false) String to,
                @RequestParam(defaultValue = "0") int page,
                Authentication authentication) {
        if (page < 0) {
            throw new InvalidRequestException("page", "页码不能为负数");
        }
        String act = blankToNull(action);
        if (act != null && Arrays.stream(AuditAction.values()).noneMatch(a -> a.name().equals(act))) {
            throw new InvalidRequestException("action", "未知的操作类型:" + act);
        }
        AuditQuery query = new AuditQuery(blankToNull(actor), blankToNull(customerNumber), act,
                time("from", from, false), time("to", to, true));
        long total = mapper.count(query);
        List<AuditEntry> entries = mapper.search(query, page * PAGE_SIZE, PAGE_SIZE);
        // searching the log is itself audited: which filters, never their values
        List<String> used = new ArrayList<>();
        if (query.actor() != null) used.add("actor");
        if (query.customerNumber() != null) used.add("customerNumber");
        if (query.action() != null) used.add("action");
        if (query.from() != null) used.add("from");
        if (query.to() != null) used.add("to");
        audit.record(authentication.getName(), AuditAction.SEARCH, query.customerNumber(),
                "audit_log" + (used.isEmpty() ? "" : ": " + String.join(",", used)));
        return new Page(entries, page, PAGE_SIZE, total);
    }

    @GetMapping("/verify")
    Verification verify() {
        OptionalLong broken = chain.verify();
        return new Verification(broken.isEmpty(), broken.isPresent() ? broken.getAsLong() : null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static LocalDateTime time(String field, String value, boolean end) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return end ? day.plusDays(1).atStartOfDay() : day.atStartOfDay();
            }
            return LocalDateTime.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "时间格式应为 yyyy-MM-dd 或 yyyy-MM-ddTHH:mm");
        }
    }
}
