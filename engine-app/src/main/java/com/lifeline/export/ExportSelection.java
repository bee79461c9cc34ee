package com.lifeline.export;

import com.lifeline.consent.ConsentGate;
import com.lifeline.customer.CustomerScope;
import com.lifeline.customer.CustomerScopes;
import com.lifeline.customer.CustomerService;
import com.lifeline.customer.CustomerStatus;
import com.lifeline.security.CurrentUser;
import com.lifeline.web.InvalidRequestException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The customers an export holds: the filter, always inside the requester's scope (mapper SQL, the
 * store's own scope fragment), and only those whose consent covers the export's use.
 */
@Component
class ExportSelection {

    private final ExportMapper mapper;
    private final CustomerScopes scopes;
    private final CustomerService customers;
    private final ConsentGate consent;
    private final ExportProperties properties;
    private final Clock clock;

    ExportSelection(ExportMapper mapper, CustomerScopes scopes, CustomerService customers, ConsentGate consent,
                    ExportProperties properties, Clock clock) {
        this.mapper = mapper;
        this.scopes = scopes;
        this.customers = customers;
        this.consent = consent;
        this.properties = properties;
        this.clock = clock;
    }

    record Selected(List<Long> customerIds, String summary) {
    }

    Selected select(CurrentUser user, NewExport.Filter asked, UsagePurpose usage) {
        NewExport.Filter given = asked == null ? new NewExport.Filter(null, null, null, null, null, null, null) : asked;
        ExportFilter filter = filter(given);
        CustomerScope scope = scopes.of(user);
        // one more than allowed, so "too many" is told rather than silently cut
        List<Long> matching = mapper.matchingCustomers(scope, filter, properties.maxRecords() + 1);
        List<Long> selected = new ArrayList<>();
        for (long id : matching) {
            if (!consent.mayUseCustomer(id, usage.consent())) {
                continue;
            }
            if (filter.tags() != null) {
                String tags = customers.get(id).tags();
                if (tags == null || !tags.contains(filter.tags())) {
                    continue;
                }
            }
            selected.add(id);
        }
        return new Selected(selected, summary(filter, usage));
    }

    private ExportFilter filter(NewExport.Filter f) {
        LocalDate from = f.firstContactFrom();
        LocalDate to = f.firstContactTo();
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidRequestException("filter.firstContactTo", "结束日期不能早于开始日期");
        }
        return new ExportFilter(code(f.region()), blankToNull(f.owner()), blankToNull(f.department()), status(f.status()),
                blankToNull(f.tags()), startOf(from), to == null ? null : startOf(to.plusDays(1)));
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static String code(String region) {
        String value = blankToNull(region);
        if (value != null && !value.matches("[A-Za-z]{2,8}")) {
            throw new InvalidRequestException("filter.region", "区域代码为 2 到 8 个字母,例如 SH");
        }
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static CustomerStatus status(String status) {
        String value = blankToNull(status);
        if (value == null) {
            return null;
        }
        try {
            return CustomerStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("filter.status", "只能是 PENDING_REVIEW、ACTIVE、DORMANT 或 INVALID");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The filter as approvers read it: codes and user ids only. */
    private static String summary(ExportFilter f, UsagePurpose usage) {
        List<String> parts = new ArrayList<>();
        if (f.region() != null) {
            parts.add("区域 " + f.region());
        }
        if (f.owner() != null) {
            parts.add("负责人 " + f.owner());
        }
        if (f.department() != null) {
            parts.add("部门 " + f.department());
        }
        if (f.status() != null) {
            parts.add("状态 " + f.status().label());
        }
        if (f.tags() != null) {
            parts.add("标签含“" + f.tags() + "”");
        }
        if (f.firstContactFrom() != null || f.firstContactBefore() != null) {
            parts.add("首次接触时间有限定");
        }
        parts.add(usage == UsagePurpose.MARKETING ? "用于营销(仅含同意营销用途的客户和联系人)" : "用于客户服务");
        String text = String.join(";", parts);
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
