package com.lifeline.entry;

import com.lifeline.database.GeneratedId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.Optional;

@Mapper
interface EntryDraftMapper {

    void insert(@Param("key") GeneratedId key, @Param("entrant") String entrant, @Param("payload") String payload,
                @Param("now") Instant now);

    Optional<EntryDraft> findById(long id);

    int updatePayload(@Param("id") long id, @Param("payload") String payload, @Param("now") Instant now);

    int markSaved(@Param("id") long id, @Param("customerId") long customerId, @Param("now") Instant now);

    int updateStatus(@Param("id") long id, @Param("status") EntryDraftStatus status, @Param("now") Instant now);
}
