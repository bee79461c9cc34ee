package com.lifeline.dormancy;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.crypto.CustomerCrypto;
import com.lifeline.customer.CustomerService;
import com.lifeline.deletion.DeletionReason;
import com.lifeline.deletion.DeletionRequests;
import com.lifeline.deletion.DeletionSource;
import com.lifeline.web.ConcurrentChangeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** The data steward's decision on one check and what each outcome does to the customer. */
@Service
public class DormancyChecks {

    static final String NOTE_FIELD = "dormancy.note";
    static final int NOTE_MIN = 5;
    static final int NOTE_MAX = 500;
    private static final Logger log = LoggerFactory.getLogger(DormancyChecks.class);

    private final DormancyCheckMapper mapper;
    private final CustomerService customers;
    private final DeletionRequests deletions;
    private final CustomerCrypto crypto;
    private final AuditLog audit;
    private final Clock clock;

    DormancyChecks(DormancyCheckMapper mapper, CustomerService customers, DeletionRequests deletions, CustomerCrypto crypto,
                   AuditLog audit, Clock clock) {
        this.mapper = mapper;
        this.customers = customers;
        this.deletions = deletions;
        this.crypto = crypto;
        this.audit = audit;
        this.clock = clock;
    }

    public DormancyCheck find(long checkId) {
        return mapper.findById(checkId).orElseThrow(() -> new IllegalStateException("dormancy check " + checkId + " is missing"));
    }

    /** The steward's outcome and note (sealed); a second completion of the same check is a 409. */
    @Transactional
    public void decide(long checkId, DormancyOutcome outcome, String steward, String note) {
        DormancyCheck check = find(checkId);
        String sealed = crypto.seal(crypto.keyOf(check.customerId()), NOTE_FIELD, note);
        if (mapper.decide(checkId, outcome, steward, sealed, clock.instant()) != 1) {
            throw new ConcurrentChangeException("该任务已被他人处理,请刷新");
        }
        audit.record(steward, AuditAction.REVIEW, check.customerNumber(), "dormancy check: " + outcome.name());
    }

    /** Still active: the check counts as an interaction, so the customer is silent again only in six months. */
    @Transactional
    public void keepActive(long checkId) {
        DormancyCheck check = find(checkId);
        customers.recordInteraction(check.customerId(), check.decidedAt());
    }

    /** DORMANT: kept with its basic data, and the consent service refuses marketing use from now on. */
    @Transactional
    public void markDormant(long checkId) {
        DormancyCheck check = find(checkId);
        if (!customers.markDormant(check.customerId(), check.decidedBy(), "休眠筛查:超过 6 个月无互动,经数据维护专员核查")) {
            log.info("Dormancy check {}: customer {} is no longer ACTIVE, status kept", checkId, check.customerNumber());
        }
    }

    /**
     * Invalid: a deletion request (source DORMANCY) in the steward's name, started with the completion. A
     * customer with an open deletion request refuses the completion (409, the task stays open).
     */
    @Transactional
    public void requestDeletion(long checkId) {
        DormancyCheck check = find(checkId);
        deletions.requestDeletion(check.customerId(), DeletionReason.INVALID_DATA, "休眠筛查判定无效:" + noteOf(check),
                check.decidedBy(), DeletionSource.DORMANCY);
    }

    /** The steward's note in plain text. */
    String noteOf(DormancyCheck check) {
        return check.note() == null ? null : crypto.open(crypto.keyOf(check.customerId()), NOTE_FIELD, check.note());
    }
}
