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

    /** The current contacts; phones, emails and WeChat ids come back encrypted: open them with the customer's key. */
    List<EmergencyContact> findByCustomer(long customerId);

    /** The encrypted forms of a contact's details and the phone's blind index. */
    record SealedContact(String phone, String phoneIndex, String email, String wechat) {
    }

    /** Takes the customer's current contacts off the list; the rows stay for the consents that name them. */
    int supersedeByCustomer(@Param("customerId") long customerId, @Param("now") Instant now);
}
