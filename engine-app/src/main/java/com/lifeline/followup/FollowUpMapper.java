package com.lifeline.followup;

import com.lifeline.database.GeneratedId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.util.List;
import java.util.Optional;

@Mapper
interface FollowUpMapper {

    /** {@code sealed} carries participants, content and nextAction already sealed. */
    void insert(@Param("key") GeneratedId key, @Param("sealed") FollowUp sealed);

    Optional<FollowUp> findById(long id);

    /** Newest first. */
    List<FollowUp> findByCustomer(@Param("customerId") long customerId, @Param("limit") int limit);

    int deleteByCustomer(long customerId);
}
