package com.lifeline.customer;

import com.lifeline.database.GeneratedId;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface CustomerNumberMapper {

    /** Takes the next serial of a region and year in one statement (creating the counter at 1) and puts it in {@code serial}. */
    void takeNext(@Param("region") String region, @Param("year") int year, @Param("serial") GeneratedId serial);
}
