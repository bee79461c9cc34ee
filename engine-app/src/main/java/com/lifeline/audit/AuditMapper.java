package com.lifeline.audit;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.LocalDateTime;
import java.util.List;

@Mapper
interface AuditMapper {

    /** Locks the chain's head until the surrounding transaction ends. */
    AuditChainHead lockHead();

    AuditChainHead head();

    void insert(@Param("id") long id,
                @Param("now") LocalDateTime now,
                @Param("actor") String actor,
                @Param("action") String action,
                @Param("customerNumber") String customerNumber,
                @Param("detail") String detail,
                @Param("sourceIp") String sourceIp,
                @Param("prevHash") String prevHash,
                @Param("hash") String hash);

    void advanceHead(@Param("lastId") long lastId, @Param("lastHash") String lastHash);

    List<AuditEntry> chainAfter(@Param("afterId") long afterId, @Param("limit") int limit);

    AuditEntry byId(@Param("id") long id);

    /** The first chained entry at or after the cutoff, or null when all are older. */
    Long firstIdAtOrAfter(@Param("afterId") long afterId, @Param("cutoff") LocalDateTime cutoff);

    /** Refused by the audit_log_no_delete trigger unless {@link #allowPurge()} ran on the same connection. */
    int deleteUpTo(@Param("lastId") long lastId, @Param("limit") int limit);

    /** Sets the session variable the audit_log_no_delete trigger (migration V70) lets deletes through with. */
    void allowPurge();

    /** Resets it: pooled connections are reused, so the variable must not outlive the purge. */
    void endPurge();

    void moveAnchor(@Param("anchorId") long anchorId, @Param("anchorHash") String anchorHash,
                    @Param("now") LocalDateTime now);

    List<AuditEntry> search(@Param("q") AuditQuery query, @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("q") AuditQuery query);
}
