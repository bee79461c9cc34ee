package com.lifeline.contactcare;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;

@Mapper
interface EvidenceFileMapper {

    void insert(@Param("consentId") long consentId,
                @Param("customerId") long customerId,
                @Param("contentType") String contentType,
                @Param("size") int size,
                @Param("sealed") byte[] sealed,
                @Param("uploadedBy") String uploadedBy,
                @Param("now") Instant now);

    /** The sealed letter of one consent row of the customer, or null. */
    StoredFile find(@Param("customerId") long customerId, @Param("consentId") long consentId);

    int deleteByCustomer(long customerId);

    record StoredFile(Long contactId, String contentType, byte[] sealedContent) {
    }
}
