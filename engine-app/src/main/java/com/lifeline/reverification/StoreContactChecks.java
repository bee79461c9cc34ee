package com.lifeline.reverification;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Hands a verification's outcome to the contact: last verified, or invalid. Written here until the
 * store's {@code CustomerService#recordContactVerified} and contact care's
 * {@code ContactReachability#markUnreachable} (which also starts the replacement) reach main.
 */
@Component
class StoreContactChecks implements ContactChecks {

    private final VerificationMapper mapper;
    private final AuditLog audit;
    private final Clock clock;

    StoreContactChecks(VerificationMapper mapper, AuditLog audit, Clock clock) {
        this.mapper = mapper;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void confirmed(long contactId, String method, String actor) {
        if (mapper.markContactVerified(contactId, clock.instant()) == 1) {
            audit.record(actor, AuditAction.CHANGE, null, "contact " + contactId + " verified (" + method + ")");
        }
    }

    @Override
    public void unreachable(String customerNumber, long contactId, String reason, String actor) {
        if (mapper.markContactInvalid(contactId) == 1) {
            audit.record(actor, AuditAction.CHANGE, customerNumber, "contact " + contactId + " unreachable: status INVALID");
        }
    }
}
