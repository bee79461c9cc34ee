package com.lifeline.org;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.util.Optional;

@Mapper
interface OrgMapper {

    Optional<String> findSupervisor(String userId);

    Optional<String> findDepartmentHead(String userId);

    /** Keys {@code supervisor} and {@code head} (either may be null); null when the user is in no team. */
    java.util.Map<String, Object> findRouting(String userId);

    boolean isMember(String userId);

    /** Everyone in the teams the user belongs to, the user included. */
    java.util.List<String> findTeamMembers(String userId);

    Optional<String> findDepartment(String userId);

    /** The distinct supervisors of the members of a Camunda group, by user id. */
    java.util.List<String> findSupervisorsOfGroupMembers(String groupId);

    /** Everyone in the user's department. */
    java.util.List<String> findDepartmentMembers(String userId);

    void insertDepartment(@Param("id") String id, @Param("name") String name, @Param("head") String headUserId);

    void insertTeam(@Param("id") String id, @Param("departmentId") String departmentId, @Param("name") String name);

    void insertMember(@Param("userId") String userId, @Param("teamId") String teamId,
                      @Param("supervisor") String supervisorUserId);

    int countDepartments();
}
