package com.lifeline.deletion;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.util.List;
import java.util.Optional;

@Mapper
interface DestructionRecordMapper {

    /** Written once: a second insert for the same request or customer number is ignored (returns 0). */
    int insertOnce(@Param("r") DestructionRecord record, @Param("customerId") long customerId);

    Optional<DestructionRecord> findByRequest(long deletionRequestId);

    Optional<DestructionRecord> findByNumber(String customerNumber);

    List<DestructionRecord> page(@Param("offset") int offset, @Param("limit") int limit);

    List<Long> erasedCustomerIds();
}
