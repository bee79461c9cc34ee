package com.lifeline.entry;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;

@Mapper
interface ReviewEscalationMapper {

    void insert(@Param("customerId") long customerId, @Param("taskId") String taskId,
                @Param("escalatedTo") String escalatedTo, @Param("now") Instant now);

    int deleteByCustomer(long customerId);
}
