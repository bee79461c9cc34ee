package com.lifeline.change;

import com.lifeline.database.GeneratedId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Mapper
interface CustomerChangeMapper {

    void insert(@Param("key") GeneratedId key, @Param("c") CustomerChange change);

    Optional<CustomerChange> findById(long id);

    List<CustomerChange> findByCustomer(long customerId);

    int setProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    /** Moves the change on, only from {@code from}: 0 rows = someone else answered first. */
    int moveOn(@Param("id") long id, @Param("from") ChangeStatus from, @Param("to") ChangeStatus to,
               @Param("by") String by, @Param("now") Instant now);

    int recordAnswer(@Param("id") long id, @Param("from") ChangeStatus from, @Param("to") ChangeStatus to,
                     @Param("by") String by, @Param("via") String via, @Param("remark") String sealedRemark,
                     @Param("callNote") String sealedCallNote, @Param("now") Instant now);

    int deleteByCustomer(long customerId);
}
