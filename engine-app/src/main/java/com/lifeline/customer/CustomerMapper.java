package com.lifeline.customer;

import com.lifeline.database.GeneratedId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Mapper
public interface CustomerMapper {

    void insert(@Param("key") GeneratedId key,
                @Param("number") String customerNumber,
                @Param("c") CustomerDetails customer,
                @Param("sealed") SealedCustomer sealed,
                @Param("owner") String ownerUserId,
                @Param("status") CustomerStatus status,
                @Param("late") boolean lateEntry,
                @Param("entryId") Long entryId,
                @Param("actor") String actor,
                @Param("now") Instant now);

    int updateDetails(@Param("id") long id,
                      @Param("c") CustomerDetails customer,
                      @Param("sealed") SealedCustomer sealed,
                      @Param("late") boolean lateEntry,
                      @Param("now") Instant now);

    int updateStatus(@Param("id") long id,
                     @Param("from") CustomerStatus from,
                     @Param("to") CustomerStatus to,
                     @Param("now") Instant now);

    /** last_interaction_at = {@code at} unless a later interaction is recorded already. */
    int recordInteraction(@Param("id") long id, @Param("at") Instant at);

    Optional<Customer> findById(long id);

    Optional<Customer> findByNumber(String customerNumber);

    /** The customer, only if the scope covers it. */
    Optional<Customer> findByNumberInScope(@Param("number") String customerNumber, @Param("scope") CustomerScope scope);

    /** At most {@code limit} customers in scope matching one of the criteria (null = not used). */
    List<Customer> search(@Param("scope") CustomerScope scope,
                          @Param("numberPrefix") String numberPrefix,
                          @Param("nameKeyLike") String nameKeyLike,
                          @Param("nameIndex") String nameIndex,
                          @Param("phoneIndex") String phoneIndex,
                          @Param("status") CustomerStatus status,
                          @Param("limit") int limit);

    /** The customer's details, only if nobody changed it since {@code version} (the change raises it); 0 rows = someone did. */
    int updateDetailsAtVersion(@Param("id") long id,
                               @Param("c") CustomerDetails customer,
                               @Param("sealed") SealedCustomer sealed,
                               @Param("version") int version,
                               @Param("now") Instant now);

    /** Raises the version (a change of contacts only); 0 rows = someone changed the customer since {@code version}. */
    int raiseVersion(@Param("id") long id, @Param("version") int version, @Param("now") Instant now);

    int versionOf(long id);

    /** Customers that an entry would duplicate, with the rule that matched. */
    List<DuplicateMatch> findDuplicates(@Param("companyNameKey") String companyNameKey,
                                        @Param("phoneIndex") String phoneIndex,
                                        @Param("emailIndex") String emailIndex,
                                        @Param("contacts") List<ContactProbe> contacts,
                                        @Param("excludeId") Long excludeId);

    /** A contact as the duplicate check looks for it: the blind indexes of its normalised name and its phone. */
    record ContactProbe(String nameIndex, String phoneIndex) {
    }
}
