package com.lifeline.change;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

/** The customer store's change log, as a change writes it (with its change and process instance) and the history page reads it. */
@Mapper
interface ChangeLogEntryMapper {

    void insert(@Param("customerId") long customerId,
                @Param("field") String field,
                @Param("oldValue") String oldValue,
                @Param("newValue") String newValue,
                @Param("encrypted") boolean encrypted,
                @Param("reason") String reason,
                @Param("operator") String operator,
                @Param("now") Instant now,
                @Param("changeId") long changeId,
                @Param("processInstanceId") String processInstanceId);

    /** Newest first. */
    List<ChangeLogEntry> findByCustomer(long customerId);
}
