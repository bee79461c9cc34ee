package com.lifeline.entry;

import com.lifeline.database.GeneratedId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Mapper
interface EntryDraftMapper {

    void insert(@Param("key") GeneratedId key, @Param("entrant") String entrant, @Param("payload") String payload,
                @Param("now") Instant now);

    Optional<EntryDraft> findById(long id);

    int updatePayload(@Param("id") long id, @Param("payload") String payload, @Param("now") Instant now);

    int markSaved(@Param("id") long id, @Param("customerId") long customerId, @Param("payload") String payload,
                  @Param("now") Instant now);

    int delete(long id);

    /** Drafts not touched since {@code before}, oldest first: the sweep's candidates. */
    List<Long> idsUntouchedSince(@Param("before") Instant before, @Param("limit") int limit);

    int deleteByCustomer(long customerId);
}
