package com.lifeline.consent;

import com.lifeline.database.GeneratedId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;

@Mapper
public interface ConsentMapper {

    /** contactId null: the customer's own consent; else the contact's (they are informed and agreed). */
    void insert(@Param("key") GeneratedId key,
                @Param("customerId") long customerId,
                @Param("contactId") Long contactId,
                @Param("c") NewConsent consent,
                @Param("sealedEvidence") String sealedEvidence,
                @Param("collectedBy") String collectedBy,
                @Param("now") Instant now);

    /**
     * Marks the customer's current consent rows (all but {@code supersededBy} itself) as replaced by
     * {@code supersededBy}; they are kept with their evidence.
     */
    int supersedeByCustomer(@Param("customerId") long customerId,
                            @Param("supersededBy") long supersededBy,
                            @Param("now") Instant now);

    /** Current consent rows: neither withdrawn nor superseded. */
    int countActive(@Param("customerId") long customerId);

    /** A current consent of the customer about themselves covers {@code purpose}. */
    boolean customerConsents(@Param("customerId") long customerId, @Param("purpose") ConsentPurpose purpose,
                             @Param("notDormant") boolean notDormant);

    /** The contact is current and VALID and a current consent of theirs covers {@code purpose}. */
    boolean contactConsents(@Param("contactId") long contactId, @Param("purpose") ConsentPurpose purpose,
                            @Param("notDormant") boolean notDormant);
}
