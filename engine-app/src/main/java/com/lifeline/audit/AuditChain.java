package com.lifeline.audit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The hash chain over {@code audit_log}. Appends are serialised by locking the chain's head row in
 * the caller's transaction; verification walks from the anchor (the last purged entry) to the head
 * and names the first entry whose content, link or position does not match.
 */
@Service
public class AuditChain {

    private static final int PAGE = 1000;

    private final AuditMapper mapper;
    private final Clock clock;

    AuditChain(AuditMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Must run inside a transaction: the head lock is what keeps two appends from sharing a link. */
    @Transactional(propagation = Propagation.MANDATORY)
    long append(String actor, AuditAction action, String customerNumber, String detail, String sourceIp) {
        AuditChainHead head = mapper.lockHead();
        // taken after the lock, so times follow ids
        LocalDateTime now = local(clock.instant());
        long id = head.lastId() + 1;
        String hash = AuditHashing.hash(id, now, actor, action.name(), customerNumber, detail, sourceIp, head.lastHash());
        mapper.insert(id, now, actor, action.name(), customerNumber, detail, sourceIp, head.lastHash(), hash);
        mapper.advanceHead(id, hash);
        return id;
    }

    /** The id of the first entry that was changed, removed or inserted out of chain; empty when intact. */
    // one consistent snapshot (the pool's default is READ COMMITTED): appends during the walk are not seen
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public OptionalLong verify() {
        AuditChainHead head = mapper.head();
        long expectedId = head.anchorId() + 1;
        String expectedPrev = head.anchorHash();
        List<AuditEntry> page;
        long after = head.anchorId();
        do {
            page = mapper.chainAfter(after, PAGE);
            for (AuditEntry entry : page) {
                if (entry.id() > head.lastId()) {
                    // written past the head: not by AuditChain
                    return OptionalLong.of(entry.id());
                }
                if (entry.id() != expectedId) {
                    // an entry is missing: report the first missing id
                    return OptionalLong.of(expectedId);
                }
                if (!Objects.equals(entry.prevHash(), expectedPrev) || !AuditHashing.hash(entry).equals(entry.hash())) {
                    return OptionalLong.of(entry.id());
                }
                expectedPrev = entry.hash();
                expectedId++;
                after = entry.id();
            }
        } while (page.size() == PAGE);
        if (expectedId <= head.lastId() || !expectedPrev.equals(head.lastHash())) {
            // the newest entries were removed
            return OptionalLong.of(expectedId <= head.lastId() ? expectedId : head.lastId());
        }
        return OptionalLong.empty();
    }

    /**
     * Deletes the oldest entries that occurred before the cutoff (a prefix of the chain) and moves the
     * anchor to the last deleted one, so verification still starts from a known hash. The only delete
     * the database lets through (migration V70).
     *
     * @return how many entries were deleted
     */
    @Transactional
    public int purgeBefore(Instant cutoff) {
        AuditChainHead head = mapper.lockHead();
        Long firstKept = mapper.firstIdAtOrAfter(head.anchorId(), local(cutoff));
        long lastPurged = firstKept == null ? head.lastId() : firstKept - 1;
        if (lastPurged <= head.anchorId()) {
            return 0;
        }
        AuditEntry anchor = mapper.byId(lastPurged);
        if (anchor == null) {
            throw new IllegalStateException("audit entry " + lastPurged + " is missing: run the audit verification");
        }
        int deleted = 0;
        // the transaction holds one connection: the variable is set and reset on the one the deletes use
        mapper.allowPurge();
        try {
            int batch;
            do {
                batch = mapper.deleteUpTo(lastPurged, 10_000);
                deleted += batch;
            } while (batch == 10_000);
        } finally {
            mapper.endPurge();
        }
        mapper.moveAnchor(lastPurged, anchor.hash(), local(clock.instant()));
        return deleted;
    }

    /** The DATETIME value the JDBC driver would store for this instant (server-local, whole seconds). */
    static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS);
    }
}
