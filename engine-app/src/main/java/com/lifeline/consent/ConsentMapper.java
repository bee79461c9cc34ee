package com.lifeline.consent;

import com.lifeline.database.GeneratedId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

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

    /** One consent row of {@link #insertAll}: contactId null for the customer's own consent. */
    record ConsentRow(long customerId, Long contactId, NewConsent c, String sealedEvidence, String collectedBy,
                      Instant now) {
    }

    /** Several consent rows in one multi-row insert (their ids are not needed). */
    void insertAll(@Param("rows") List<ConsentRow> rows);

    /**
     * Marks the customer's current consent rows (all but {@code supersededBy} itself) as replaced by
     * {@code supersededBy}; they are kept with their evidence.
     */
    int supersedeByCustomer(@Param("customerId") long customerId,
                            @Param("supersededBy") long supersededBy,
                            @Param("now") Instant now);

    /**
     * A row changing one consent: the purposes it now covers on its channel and evidence; a withdrawal
     * names the purpose it took away and how ({@code withdrawnPurpose}/{@code withdrawnVia}, else null);
     * {@code informedVia}: how the contact's "informed" was last confirmed (null: as staff recorded it).
     */
    void insertChange(@Param("key") GeneratedId key,
                      @Param("customerId") long customerId,
                      @Param("contactId") Long contactId,
                      @Param("service") boolean service,
                      @Param("emergency") boolean emergency,
                      @Param("marketing") boolean marketing,
                      @Param("channel") ConsentChannel channel,
                      @Param("sealedEvidence") String sealedEvidence,
                      @Param("collectedBy") String collectedBy,
                      @Param("withdrawnPurpose") ConsentPurpose withdrawnPurpose,
                      @Param("withdrawnVia") WithdrawalVia withdrawnVia,
                      @Param("informedVia") WithdrawalVia informedVia,
                      @Param("now") Instant now);

    /** Marks one current row replaced by {@code supersededBy}; 0 when it is not current (any more). */
    int supersede(@Param("id") long id, @Param("supersededBy") long supersededBy, @Param("now") Instant now);

    /** The current row of a contact ({@code contactId}) or of the customer about themselves (null), or null. */
    ConsentRecord findCurrent(@Param("customerId") long customerId, @Param("contactId") Long contactId);

    /** Every row of a contact (or of the customer about themselves), oldest first; evidence sealed. */
    List<ConsentRecord> findHistory(@Param("customerId") long customerId, @Param("contactId") Long contactId);

    /** Current consent rows: neither withdrawn nor superseded. */
    int countActive(@Param("customerId") long customerId);

    /** A current consent of the customer about themselves covers {@code purpose}. */
    boolean customerConsents(@Param("customerId") long customerId, @Param("purpose") ConsentPurpose purpose,
                             @Param("notDormant") boolean notDormant);

    /** The contact is current and VALID and a current consent of theirs covers {@code purpose}. */
    boolean contactConsents(@Param("contactId") long contactId, @Param("purpose") ConsentPurpose purpose,
                            @Param("notDormant") boolean notDormant);
}
