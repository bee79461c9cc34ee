package com.lifeline.deletion;

import com.lifeline.database.GeneratedId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Mapper
interface DeletionRequestMapper {

    /** Fails on the unique key {@code uq_deletion_request_open} when the customer has an open request. */
    void insert(@Param("key") GeneratedId key, @Param("customerId") long customerId, @Param("number") String customerNumber,
                @Param("reason") DeletionReason reason, @Param("evidence") String sealedEvidence,
                @Param("requestedBy") String requestedBy, @Param("source") DeletionSource source, @Param("now") Instant now);

    void setProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    Optional<DeletionRequest> findById(long id);

    int markHeld(@Param("id") long id, @Param("holdReason") String holdReason, @Param("now") Instant now);

    /** AWAITING_APPROVAL → APPROVED or REJECTED; 0 if decided already. */
    int decide(@Param("id") long id, @Param("status") DeletionStatus status, @Param("decidedBy") String decidedBy,
               @Param("reason") String sealedReason, @Param("now") Instant now);

    /** The customer is gone: its requests keep only ids, codes and times. */
    int markErased(@Param("customerId") long customerId, @Param("requestId") long requestId, @Param("now") Instant now);

    boolean legalHold(long customerId);

    int setLegalHold(@Param("customerId") long customerId, @Param("hold") boolean hold);

    /** Customers whose contract ended before {@code endedBefore}, with no open request and not erased. */
    List<Long> contractEndedBefore(@Param("endedBefore") LocalDate endedBefore, @Param("limit") int limit);
}
