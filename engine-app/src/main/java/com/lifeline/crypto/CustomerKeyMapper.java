package com.lifeline.crypto;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Mapper
interface CustomerKeyMapper {

    void insert(@Param("customerId") long customerId, @Param("wrapped") byte[] wrapped, @Param("now") Instant now);

    Optional<byte[]> find(long customerId);

    int delete(long customerId);

    List<Long> customerIdsAfter(@Param("after") long after, @Param("limit") int limit);

    int update(@Param("customerId") long customerId, @Param("wrapped") byte[] wrapped);
}
