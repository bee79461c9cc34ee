package com.lifeline.customer;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;

@Mapper
public interface ChangeLogMapper {

    void insert(@Param("customerId") long customerId,
                @Param("field") String field,
                @Param("oldValue") String oldValue,
                @Param("newValue") String newValue,
                @Param("encrypted") boolean encrypted,
                @Param("reason") String reason,
                @Param("operator") String operator,
                @Param("now") Instant now);
}
