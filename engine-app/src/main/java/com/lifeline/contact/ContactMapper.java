package com.lifeline.contact;

import com.lifeline.customer.GeneratedId;
import com.lifeline.entry.ValidEntry;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

@Mapper
public interface ContactMapper {

    void insert(@Param("key") GeneratedId key,
                @Param("customerId") long customerId,
                @Param("c") ValidEntry.Contact contact,
                @Param("priority") int priority,
                @Param("now") Instant now);

    List<EmergencyContact> findByCustomer(long customerId);

    int deleteByCustomer(long customerId);
}
