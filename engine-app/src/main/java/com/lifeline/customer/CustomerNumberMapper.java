package com.lifeline.customer;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface CustomerNumberMapper {

    /** Bumps the serial and leaves it in LAST_INSERT_ID(); 0 rows when the region/year is new. */
    int bump(@Param("region") String region, @Param("year") int year);

    long lastInsertId();

    void createSequence(@Param("region") String region, @Param("year") int year);
}
