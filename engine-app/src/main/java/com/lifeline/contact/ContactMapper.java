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

    /** Takes the customer's current contacts off the list; the rows stay for the consents that name them. */
    int supersedeByCustomer(@Param("customerId") long customerId, @Param("now") Instant now);
}
