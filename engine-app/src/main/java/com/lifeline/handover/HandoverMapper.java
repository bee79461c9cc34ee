package com.lifeline.handover;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

@Mapper
interface HandoverMapper {

    List<String> findOwnedCustomerNumbers(String userId);

    int logOwnerChange(@Param("leaver") String leaver, @Param("successor") String successor,
                       @Param("reason") String reason, @Param("actor") String actor, @Param("now") Instant now);

    int moveCustomers(@Param("leaver") String leaver, @Param("successor") String successor, @Param("now") Instant now);

    int liftSuccessorsSupervisor(@Param("leaver") String leaver, @Param("successor") String successor);

    int moveSupervisorReferences(@Param("leaver") String leaver, @Param("successor") String successor);

    int moveDepartmentHeads(@Param("leaver") String leaver, @Param("successor") String successor);
}
