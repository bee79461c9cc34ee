package com.lifeline.export;

import com.lifeline.customer.CustomerScope;
import com.lifeline.database.GeneratedId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Mapper
interface ExportMapper {

    void insert(@Param("key") GeneratedId key, @Param("r") ExportRequest request);

    void insertItems(@Param("exportId") long exportId, @Param("customerIds") List<Long> customerIds);

    /** Ids of the customers in {@code scope} that the filter's SQL part matches, ascending. */
    List<Long> matchingCustomers(@Param("scope") CustomerScope scope, @Param("f") ExportFilter filter,
                                 @Param("limit") int limit);

    /** The export's customer ids after {@code afterId}, ascending: the archive reads them page by page. */
    List<Long> itemsAfter(@Param("exportId") long exportId, @Param("afterId") long afterId, @Param("limit") int limit);

    Optional<ExportRequest> findById(long id);

    List<ExportRequest> findByRequester(@Param("requestedBy") String requestedBy, @Param("limit") int limit);

    void setProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    void setApprovers(@Param("id") long id, @Param("head") boolean headApproval, @Param("committeeGroup") String committeeGroup);

    /** Fails on {@code uq_export_decision_step} when the step was decided already. */
    void insertDecision(@Param("exportId") long exportId, @Param("step") String step, @Param("decidedBy") String decidedBy,
                        @Param("decision") ExportDecision decision, @Param("reason") String reason, @Param("now") Instant now);

    List<String> decisionsOf(long exportId);

    /** AWAITING_APPROVAL → APPROVED; 0 if not awaiting. */
    int approve(@Param("id") long id, @Param("masked") boolean masked, @Param("now") Instant now,
                @Param("expiresAt") Instant expiresAt);

    int reject(@Param("id") long id, @Param("now") Instant now);

    /** APPROVED → READY with its file; 0 if the archive was made already (the password was shown). */
    int markReady(@Param("id") long id, @Param("fileName") String fileName, @Param("now") Instant now);

    /** One more download of a READY export still within its limit; 0 otherwise. */
    int countDownload(@Param("id") long id, @Param("limit") int limit);

    /** Approved or ready exports whose period ended before {@code now}. */
    List<ExportRequest> expiredBy(@Param("now") Instant now);

    int markExpired(@Param("id") long id, @Param("now") Instant now);

    /** An open export holding the customer, if any. */
    Optional<Long> openExportOf(long customerId);

    /** Exports of the customer that still have a file. */
    List<ExportRequest> withFileOf(long customerId);

    int deleteItemsOf(long customerId);

    int exportsSince(@Param("requestedBy") String requestedBy, @Param("since") Instant since);

    int recordsSince(@Param("requestedBy") String requestedBy, @Param("since") Instant since);

    int rejectionsSince(@Param("requestedBy") String requestedBy, @Param("since") Instant since);

    /** Fails on {@code uq_export_anomaly_day} when the user is under review for that day already. */
    void insertAnomaly(@Param("key") GeneratedId key, @Param("userId") String userId, @Param("day") LocalDate day,
                       @Param("rule") String rule, @Param("now") Instant now);

    void setAnomalyProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    void setAnomalyOutcome(@Param("id") long id, @Param("outcome") String outcome);
}
