package com.lifeline.dormancy;

import com.lifeline.database.GeneratedId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Mapper
interface DormancyCheckMapper {

    /** Fails on the unique key {@code uq_dormancy_check_open} when the customer has an open check. */
    void insert(@Param("key") GeneratedId key, @Param("customerId") long customerId, @Param("number") String customerNumber,
                @Param("sweepId") Long sweepId, @Param("now") Instant now);

    void setProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    Optional<DormancyCheck> findById(long id);

    /** OPEN → the outcome; 0 if decided already. */
    int decide(@Param("id") long id, @Param("status") DormancyOutcome status, @Param("decidedBy") String decidedBy,
               @Param("note") String sealedNote, @Param("now") Instant now);

    /** ACTIVE customers with id above {@code afterId}, silent since before {@code silentSince}, without an open check. */
    List<SilentCustomer> silentCustomers(@Param("afterId") long afterId, @Param("silentSince") Instant silentSince,
                                         @Param("limit") int limit);

    /** How many customers {@link #silentCustomers} would find from the start. */
    int countSilent(@Param("silentSince") Instant silentSince);

    int deleteByCustomer(long customerId);
}
