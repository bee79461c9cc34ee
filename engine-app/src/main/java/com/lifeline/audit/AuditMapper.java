package com.lifeline.audit;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;

@Mapper
interface AuditMapper {

    void insert(@Param("now") Instant now,
                @Param("actor") String actor,
                @Param("action") AuditAction action,
                @Param("customerNumber") String customerNumber,
                @Param("detail") String detail,
                @Param("sourceIp") String sourceIp);
}
