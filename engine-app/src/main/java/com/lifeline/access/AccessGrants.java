package com.lifeline.access;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.customer.AccessGrantLookup;
import com.lifeline.database.GeneratedId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Approved, time-limited access to single customers outside a user's scope. The row-level scope
 * check asks {@link #hasActiveGrant}; access-request.bpmn grants and, at expiry, revokes.
 */
@Service
public class AccessGrants implements AccessGrantLookup {

    private final AccessGrantMapper mapper;
    private final AuditLog audit;
    private final AccessNotices notices;
    private final Clock clock;

    AccessGrants(AccessGrantMapper mapper, AuditLog audit, AccessNotices notices, Clock clock) {
        this.mapper = mapper;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    public boolean hasActiveGrant(String userId, long customerId, Instant now) {
        return mapper.hasActive(userId, customerId, now);
    }

    public List<AccessGrant> activeGrantsFor(String userId) {
        return mapper.findActive(userId, clock.instant());
    }

    @Override
    public Set<Long> activeGrants(String userId) {
        return activeGrantsFor(userId).stream().map(AccessGrant::customerId).collect(Collectors.toSet());
    }

    public AccessGrant get(long grantId) {
        return mapper.findById(grantId).orElseThrow(() -> new IllegalStateException("access grant " + grantId + " is missing"));
    }

    /** Both approvals are in: the access starts now and ends after the requested days. */
    @Transactional
    public AccessGrant grant(String userId, long customerId, String customerNumber, String reason, int days,
                             String approvedBy, String processInstanceId) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofDays(days));
        GeneratedId key = new GeneratedId();
        mapper.insert(key, userId, customerId, reason, approvedBy, now, expiresAt, processInstanceId);
        audit.record(userId, AuditAction.ACCESS_GRANT, customerNumber,
                "grant " + key.getId() + " to " + userId + " for " + days + "d, approved by " + approvedBy);
        notices.granted(userId, customerNumber, processInstanceId, expiresAt);
        return get(key.getId());
    }

    /** Idempotent: a grant already revoked (e.g. by a staff handover) stays as it is. */
    @Transactional
    public boolean revoke(long grantId, String actor, String why) {
        AccessGrant grant = get(grantId);
        boolean revoked = mapper.revoke(grantId, clock.instant()) == 1;
        if (revoked) {
            audit.record(actor, AuditAction.ACCESS_GRANT, grant.customerNumber(),
                    "revoke grant " + grantId + " of " + grant.userId() + ": " + why);
        }
        return revoked;
    }

    /** Every grant a user still holds ends now (the user left). Returns how many were open. */
    @Transactional
    public int revokeAllOf(String userId, String actor, String why) {
        List<AccessGrant> open = mapper.findActive(userId, clock.instant());
        int count = mapper.revokeAllOf(userId, clock.instant());
        for (AccessGrant grant : open) {
            audit.record(actor, AuditAction.ACCESS_GRANT, grant.customerNumber(),
                    "revoke grant " + grant.id() + " of " + userId + ": " + why);
        }
        return count;
    }

    void rejected(String requester, String customerNumber, String processInstanceId, String rejectedBy) {
        notices.rejected(requester, customerNumber, processInstanceId, rejectedBy);
    }
}
