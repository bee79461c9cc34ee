package com.lifeline.security;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.util.List;
import java.util.Map;

/** Reads Lifeline's user info entries (Camunda's ACT_ID_INFO, as IdentityService.getUserInfo does) in one query. */
@Mapper
interface AccountInfoMapper {

    /** Rows with {@code infoKey} and {@code infoValue}, for those of {@code keys} the user has. */
    List<Map<String, Object>> userInfo(@Param("userId") String userId, @Param("keys") List<String> keys);
}
