package com.lifeline.contactoffer;

import com.lifeline.database.GeneratedId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.Optional;

@Mapper
interface ContactOfferMapper {

    void insert(@Param("key") GeneratedId key,
                @Param("customerId") long customerId,
                @Param("entryId") long entryId,
                @Param("offeredBy") String offeredBy,
                @Param("payload") String payload,
                @Param("contactCount") int contactCount,
                @Param("now") Instant now);

    int setProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    Optional<ContactOffer> findById(long id);

    /** Records the decision and clears the sealed contacts; only a PENDING offer is decided (1 row). */
    int decide(@Param("id") long id,
               @Param("status") ContactOfferStatus status,
               @Param("decidedBy") String decidedBy,
               @Param("reason") String reason,
               @Param("contactsAdded") int contactsAdded,
               @Param("now") Instant now);

    int deleteByCustomer(long customerId);
}
