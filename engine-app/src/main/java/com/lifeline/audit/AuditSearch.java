package com.lifeline.audit;

import com.lifeline.web.InvalidRequestException;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/** Compliance's search of the audit log (the auditview page and API); every search is itself audited. every search is itself audited. */
@Service
public class AuditSearch {

    public static final int PAGE_SIZE = 50;

    private final AuditMapper mapper;
    private final AuditChain chain;
    private final AuditLog audit;

    AuditSearch(AuditMapper mapper, AuditChain chain, AuditLog audit) {
        this.mapper = mapper;
        this.chain = chain;
        this.audit = audit;
    }

    /** What a compliance user filters by; from / to as yyyy-MM-dd (whole days, to inclusive) or yyyy-MM-ddTHH:mm[:ss] (to exclusive). */
    /** page: null (an address without it, like the navigation's link to the page) is the first page. */
    public record Filters(String actor, String customerNumber, String action, String from, String to, Integer page) {

        public Filters {
            page = page == null ? 0 : page;
        }
    }

    public record Page(List<AuditEntry> entries, int page, int size, long total) {

        public int pageCount() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    public record Verification(boolean intact, Long firstBrokenId) {
    }

    public Page search(Filters filters, String searcher) {
        if (filters.page() < 0) {
            throw new InvalidRequestException("page", "页码不能为负数");
        }
        String act = blankToNull(filters.action());
        if (act != null && Arrays.stream(AuditAction.values()).noneMatch(a -> a.name().equals(act))) {
            throw new InvalidRequestException("action", "未知的操作类型:" + act);
        }
        AuditQuery query = new AuditQuery(blankToNull(filters.actor()), blankToNull(filters.customerNumber()), act,
                time("from", filters.from(), false), time("to", filters.to(), true));
        long total = mapper.count(query);
        List<AuditEntry> entries = mapper.search(query, filters.page() * PAGE_SIZE, PAGE_SIZE);
        // which filters were used, never their values
        List<String> used = new ArrayList<>();
        if (query.actor() != null) used.add("actor");
        if (query.customerNumber() != null) used.add("customerNumber");
        if (query.action() != null) used.add("action");
        if (query.from() != null) used.add("from");
        if (query.to() != null) used.add("to");
        audit.record(searcher, AuditAction.SEARCH, query.customerNumber(),
                "audit_log" + (used.isEmpty() ? "" : ": " + String.join(",", used)));
        return new Page(entries, filters.page(), PAGE_SIZE, total);
    }

    public Verification verify() {
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
