package com.lifeline.access;

import com.lifeline.database.GeneratedId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Mapper
interface AccessGrantMapper {

    void insert(@Param("key") GeneratedId key,
                @Param("userId") String userId,
                @Param("customerId") long customerId,
                @Param("reason") String reason,
                @Param("approvedBy") String approvedBy,
                @Param("grantedAt") Instant grantedAt,
                @Param("expiresAt") Instant expiresAt,
                @Param("processInstanceId") String processInstanceId);

    Optional<AccessGrant> findById(long id);

    boolean hasActive(@Param("userId") String userId, @Param("customerId") long customerId, @Param("now") Instant now);

    List<AccessGrant> findActive(@Param("userId") String userId, @Param("now") Instant now);

    int revoke(@Param("id") long id, @Param("now") Instant now);

    int revokeAllOf(@Param("userId") String userId, @Param("now") Instant now);

    int deleteByCustomer(long customerId);
}
