package com.lifeline.crypto;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ClusterKeyMapper {

    void insertIfAbsent(@Param("name") String name, @Param("checkValue") String checkValue, @Param("keyIds") String keyIds);

    Recorded find(@Param("name") String name);

    int update(@Param("name") String name, @Param("checkValue") String checkValue, @Param("keyIds") String keyIds);

    /** @param keyIds comma-separated Tink key ids (master keyset only) */
    record Recorded(String checkValue, String keyIds) {
    }
}
