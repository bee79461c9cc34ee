package com.lifeline.customer;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface CustomerNumberMapper {

    /** Takes the next serial of a region and year in one statement (creating the counter at 1) and leaves it in LAST_INSERT_ID(). */
    void takeNext(@Param("region") String region, @Param("year") int year);

    long lastInsertId();
}
