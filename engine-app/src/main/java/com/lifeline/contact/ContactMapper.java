package com.lifeline.contact;

import com.lifeline.database.GeneratedId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

@Mapper
public interface ContactMapper {

    void insert(@Param("key") GeneratedId key,
                @Param("customerId") long customerId,
                @Param("c") NewContact contact,
                @Param("sealed") SealedContact sealed,
                @Param("priority") int priority,
                @Param("now") Instant now);

    /** The current contacts; names, phones, emails, WeChat ids and scopes come back encrypted: open them with the customer's key. */
    List<EmergencyContact> findByCustomer(long customerId);

    /** Every contact the customer ever had, replaced ones too (sealed like {@link #findByCustomer}). */
    List<EmergencyContact> findAllByCustomer(long customerId);

    /** The encrypted forms of a contact's personal fields and the blind indexes of its name and phone. */
    record SealedContact(String name, String nameIndex, String phone, String phoneIndex, String email, String wechat,
                         String scope) {
    }

    /** A current contact's fields, changed in place (its consents keep naming it); 0 rows = not a current contact of the customer. */
    int update(@Param("id") long id,
               @Param("customerId") long customerId,
               @Param("c") NewContact contact,
               @Param("sealed") SealedContact sealed);

    /** Takes one current contact off the list; the row stays for the consents that name it. */
    int supersede(@Param("id") long id, @Param("customerId") long customerId, @Param("now") Instant now);

    /** One current contact of the customer (sealed like {@link #findByCustomer}), or null. */
    EmergencyContact findCurrent(@Param("customerId") long customerId, @Param("contactId") long contactId);

    /** A current VALID contact becomes INVALID; 0 when it is not (any more) a current valid one. */
    int markInvalid(@Param("contactId") long contactId);

    /** The customer's current contacts with status VALID. */
    int countValid(long customerId);

    /** The contact was confirmed now: status CONFIRMED, how and by whom. 0 when it is not a current contact. */
    int recordVerified(@Param("contactId") long contactId, @Param("method") VerificationMethod method,
                       @Param("actor") String actor, @Param("at") Instant at);

    /** Takes the customer's current contacts off the list; the rows stay for the consents that name them. */
    int supersedeByCustomer(@Param("customerId") long customerId, @Param("now") Instant now);
}
