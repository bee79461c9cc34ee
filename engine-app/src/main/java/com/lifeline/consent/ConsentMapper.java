package com.lifeline.consent;

import com.lifeline.entry.ValidEntry;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;

@Mapper
public interface ConsentMapper {

    /** contactId null: the customer's own consent; else the contact's (they are informed and agreed). */
    void insert(@Param("customerId") long customerId,
                @Param("contactId") Long contactId,
                @Param("c") ValidEntry.Consent consent,
                @Param("sealedEvidence") String sealedEvidence,
                @Param("collectedBy") String collectedBy,
                @Param("now") Instant now);

    int deleteByCustomer(long customerId);

    int countActive(@Param("customerId") long customerId);
}
