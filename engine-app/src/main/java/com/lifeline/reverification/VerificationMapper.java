package com.lifeline.reverification;

import com.lifeline.database.GeneratedId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Mapper
interface VerificationMapper {

    /** A customer the sweep may start a verification for, with the contacts to verify (ids, in priority order). */
    record Due(long customerId, String customerNumber, String owner, String contactIds) {
    }

    record Sweep(long id, LocalDate quarterStart, int total, int examined, int started, long lastCustomerId,
                 Instant startedAt, Instant updatedAt, Instant finishedAt) {
    }

    record Verification(long id, long customerId, String customerNumber, LocalDate quarterStart, String status,
                        String completedBy) {
    }

    record Outcome(long contactId, ContactOutcome outcome, CheckMethod method, String recordedBy) {
    }

    /** ACTIVE customers after {@code afterId} with a valid contact last verified before the quarter, and no verification this quarter nor an open one. */
    List<Due> due(@Param("quarter") LocalDate quarter, @Param("quarterStartsAt") Instant quarterStartsAt,
                  @Param("afterId") long afterId, @Param("limit") int limit);

    int countDue(@Param("quarter") LocalDate quarter, @Param("quarterStartsAt") Instant quarterStartsAt);

    /** The one statement that decides: 1 row when this is the customer's verification of the quarter, 0 when one exists. */
    int insertIfNone(@Param("key") GeneratedId key, @Param("customerId") long customerId, @Param("number") String customerNumber,
                     @Param("quarter") LocalDate quarter, @Param("sweepId") Long sweepId, @Param("now") Instant now);

    Optional<Verification> find(long id);

    /** Who answered the owner's task, and when; the verification stays open until the answers are applied. */
    void answered(@Param("id") long id, @Param("by") String by, @Param("now") Instant now);

    int complete(long id);

    void recordOutcome(@Param("verificationId") long verificationId, @Param("contactId") long contactId,
                       @Param("customerId") long customerId, @Param("outcome") ContactOutcome outcome,
                       @Param("method") CheckMethod method, @Param("by") String by, @Param("now") Instant now);

    List<Outcome> outcomes(long verificationId);

    Optional<Sweep> unfinishedSweep(LocalDate quarter);

    Optional<Sweep> latestSweep();

    void insertSweep(@Param("key") GeneratedId key, @Param("quarter") LocalDate quarter, @Param("total") int total,
                     @Param("now") Instant now);

    void advanceSweep(@Param("id") long id, @Param("lastCustomerId") long lastCustomerId, @Param("examined") int examined,
                      @Param("started") int started, @Param("now") Instant now);

    void finishSweep(@Param("id") long id, @Param("now") Instant now);

    record OwnerCount(String owner, int verifications) {
    }

    /** Per owner (of the customer now), the verifications a sweep started that are still open. */
    List<OwnerCount> openPerOwner(long sweepId);

    record Link(long id, long verificationId, long contactId, long customerId, Instant expiresAt, Instant answeredAt) {
    }

    void insertLink(@Param("key") GeneratedId key, @Param("verificationId") long verificationId,
                    @Param("contactId") long contactId, @Param("customerId") long customerId, @Param("by") String by,
                    @Param("now") Instant now, @Param("expiresAt") Instant expiresAt);

    Optional<Link> findLink(long id);

    int answerLink(@Param("id") long id, @Param("now") Instant now);

    int eraseLinks(long customerId);

    int eraseOutcomes(long customerId);

    int eraseVerifications(long customerId);
}
