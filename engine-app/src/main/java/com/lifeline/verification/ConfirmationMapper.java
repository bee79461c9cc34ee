package com.lifeline.verification;

import com.lifeline.database.GeneratedId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.Optional;

@Mapper
interface ConfirmationMapper {

    void insert(@Param("key") GeneratedId key, @Param("customerId") long customerId,
                @Param("expiresAt") Instant expiresAt, @Param("now") Instant now);

    Optional<CustomerConfirmation> findById(long id);

    /** Only an unanswered confirmation can be answered: 0 rows when it was answered already. */
    int answer(@Param("id") long id, @Param("status") ConfirmationStatus status,
               @Param("correction") String correction, @Param("now") Instant now);

    int deleteByCustomer(long customerId);
}
