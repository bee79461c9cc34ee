package com.lifeline.deletion;

import com.lifeline.database.GeneratedId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.Optional;

@Mapper
interface ErasureCodeMapper {

    void insert(@Param("key") GeneratedId key, @Param("customerId") long customerId, @Param("hash") String codeHash,
                @Param("expiresAt") Instant expiresAt, @Param("now") Instant now);

    void setHash(@Param("id") long id, @Param("hash") String codeHash);

    Optional<ErasureCode> findById(long id);

    int countSince(@Param("customerId") long customerId, @Param("since") Instant since);

    /** Counts one try while tries are left and the code is unused; 0 otherwise. */
    int countAttempt(@Param("id") long id, @Param("max") int maxAttempts);

    /** 0 if it was used already. */
    int markUsed(@Param("id") long id, @Param("now") Instant now);

    int deleteByCustomer(long customerId);
}
