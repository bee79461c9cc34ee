package com.lifeline.followup;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.crypto.CustomerCrypto;
import com.lifeline.crypto.CustomerCrypto.DataKey;
import com.lifeline.customer.Customer;
import com.lifeline.customer.CustomerMapper;
import com.lifeline.customer.CustomerNotFoundException;
import com.lifeline.customer.CustomerScopes;
import com.lifeline.customer.CustomerService;
import com.lifeline.customer.NotAllowedException;
import com.lifeline.database.GeneratedId;
import com.lifeline.org.StaffGroups;
import com.lifeline.security.CurrentUser;
import com.lifeline.web.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The interaction log: who may record a follow-up (lifeline.follow-up.recorders, on customers they can
 * see), what one must say, and reading it back. Staff's words are sealed with the customer's key.
 */
@Service
public class FollowUps {

    static final String PARTICIPANTS_FIELD = "followUp.participants";
    static final String CONTENT_FIELD = "followUp.content";
    static final String NEXT_ACTION_FIELD = "followUp.nextAction";
    private static final int LIST_LIMIT = 100;

    private final FollowUpMapper mapper;
    private final CustomerMapper customerStore;
    private final CustomerScopes scopes;
    private final CustomerService customers;
    private final CustomerCrypto crypto;
    private final FollowUpProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    FollowUps(FollowUpMapper mapper, CustomerMapper customerStore, CustomerScopes scopes, CustomerService customers,
              CustomerCrypto crypto, FollowUpProperties properties, StaffGroups groups, AuditLog audit, Clock clock) {
        groups.requireKnown("lifeline.follow-up.recorders", properties.recorders());
        this.mapper = mapper;
        this.customerStore = customerStore;
        this.scopes = scopes;
        this.customers = customers;
        this.crypto = crypto;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** Members of lifeline.follow-up.recorders, for a customer they can see. */
    public boolean mayRecord(CurrentUser user, String customerNumber) {
        return user.groupIds().stream().anyMatch(properties.recorders()::contains)
                && customerStore.findByNumberInScope(customerNumber, scopes.of(user)).isPresent();
    }

    /**
     * Checks and stores one follow-up; the customer's last interaction moves to its time.
     *
     * @throws CustomerNotFoundException outside the caller's scope (404)
     * @throws InvalidRequestException   naming the field: a future time, short content, a next action without date… (400)
     */
    @Transactional
    public FollowUp record(CurrentUser user, String customerNumber, NewFollowUp given) {
        Customer customer = visible(user, customerNumber);
        if (user.groupIds().stream().noneMatch(properties.recorders()::contains)) {
            throw new NotAllowedException("您的角色不能记录跟进");
        }
        Instant now = clock.instant();
        Instant occurredAt = occurredAt(given.occurredAt(), now);
        FollowUpMethod method = method(given.method());
        String participants = text("participants", given.participants(), 1, properties.textMaxLength(), "请写明参与人");
        String content = text("content", given.content(), properties.contentMinLength(), properties.contentMaxLength(),
                "请写明跟进内容");
        LocalDate nextActionOn = nextActionOn(given.nextActionOn(), now);
        String nextAction = blank(given.nextAction()) ? null
                : text("nextAction", given.nextAction(), 1, properties.textMaxLength(), "后续行动");
        if (nextActionOn != null && nextAction == null) {
            throw new InvalidRequestException("nextAction", "有后续行动日期时请写明后续行动");
        }
        if (nextActionOn == null && nextAction != null) {
            throw new InvalidRequestException("nextActionOn", "请给后续行动定一个日期");
        }
        DataKey key = crypto.keyOf(customer.id());
        FollowUp sealed = new FollowUp(0, customer.id(), customer.customerNumber(), occurredAt, method,
                crypto.seal(key, PARTICIPANTS_FIELD, participants), crypto.seal(key, CONTENT_FIELD, content), nextActionOn,
                nextAction == null ? null : crypto.seal(key, NEXT_ACTION_FIELD, nextAction), user.userId(), now);
        GeneratedId id = new GeneratedId();
        mapper.insert(id, sealed);
        customers.recordInteraction(customer.id(), occurredAt);
        audit.record(user.userId(), AuditAction.CREATE, customer.customerNumber(), "follow-up");
        return find(id.getId());
    }

    /** The customer's follow-ups, newest first, for anyone who can see the customer. */
    public List<FollowUp> of(CurrentUser user, String customerNumber) {
        Customer customer = visible(user, customerNumber);
        List<FollowUp> sealed = mapper.findByCustomer(customer.id(), LIST_LIMIT);
        audit.record(user.userId(), AuditAction.VIEW, customerNumber, "follow-ups");
        if (sealed.isEmpty()) {
            return sealed;
        }
        DataKey key = crypto.keyOf(customer.id());
        return sealed.stream().map(f -> open(key, f)).toList();
    }

    /** One follow-up in plain text (the reminder task's form). */
    public FollowUp find(long id) {
        FollowUp sealed = mapper.findById(id).orElseThrow(() -> new IllegalStateException("follow-up " + id + " is missing"));
        return open(crypto.keyOf(sealed.customerId()), sealed);
    }

    private Customer visible(CurrentUser user, String customerNumber) {
        return customerStore.findByNumberInScope(customerNumber, scopes.of(user))
                .orElseThrow(() -> new CustomerNotFoundException(customerNumber));
    }

    private FollowUp open(DataKey key, FollowUp f) {
        return new FollowUp(f.id(), f.customerId(), f.customerNumber(), f.occurredAt(), f.method(),
                crypto.open(key, PARTICIPANTS_FIELD, f.participants()), crypto.open(key, CONTENT_FIELD, f.content()),
                f.nextActionOn(), f.nextAction() == null ? null : crypto.open(key, NEXT_ACTION_FIELD, f.nextAction()),
                f.recordedBy(), f.recordedAt());
    }

    private Instant occurredAt(String value, Instant now) {
        if (blank(value)) {
            throw new InvalidRequestException("occurredAt", "必填:跟进时间,如 2026-12-01T10:30");
        }
        Instant at;
        try {
            // Tasklist's datetime field sends an offset (2026-12-01T10:30+08:00); scripts may leave it out
            at = hasOffset(value.strip()) ? OffsetDateTime.parse(value.strip()).toInstant()
                    : LocalDateTime.parse(value.strip()).atZone(clock.getZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("occurredAt", "时间格式应为 2026-12-01T10:30");
        }
        if (at.isAfter(now.plus(1, ChronoUnit.MINUTES))) {
            throw new InvalidRequestException("occurredAt", "跟进时间不能晚于现在");
        }
        return at;
    }

    private LocalDate nextActionOn(String value, Instant now) {
        if (blank(value)) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip().length() > 10 ? value.strip().substring(0, 10) : value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("nextActionOn", "日期格式应为 2026-12-20");
        }
        if (date.isBefore(LocalDate.ofInstant(now, clock.getZone()))) {
            throw new InvalidRequestException("nextActionOn", "后续行动日期不能早于今天");
        }
        return date;
    }

    private static FollowUpMethod method(String value) {
        if (blank(value)) {
            throw new InvalidRequestException("method", "必填:PHONE、VISIT、MEETING、EMAIL、MESSAGE 或 OTHER");
        }
        try {
            return FollowUpMethod.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("method", "只能是 PHONE、VISIT、MEETING、EMAIL、MESSAGE 或 OTHER");
        }
    }

    private static String text(String field, String value, int min, int max, String what) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() < min || stripped.length() > max) {
            throw new InvalidRequestException(field, what + "(" + min + "–" + max + " 个字)");
        }
        return stripped;
    }

    private static boolean hasOffset(String value) {
        return value.endsWith("Z") || value.lastIndexOf('+') > 10 || value.lastIndexOf('-') > 10;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
