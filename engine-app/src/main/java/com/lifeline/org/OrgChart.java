package com.lifeline.org;

import org.springframework.stereotype.Service;

import java.util.List;

/** Routing by the org chart: the entrant's supervisor reviews, the department head is escalated to. */
@Service
public class OrgChart {

    private final OrgMapper mapper;

    OrgChart(OrgMapper mapper) {
        this.mapper = mapper;
    }

    public String supervisorOf(String userId) {
        return mapper.findSupervisor(userId).orElseThrow(() -> new NotInOrgChartException(userId, "没有直属主管"));
    }

    public String departmentHeadOf(String userId) {
        return mapper.findDepartmentHead(userId).orElseThrow(() -> new NotInOrgChartException(userId, "不属于任何部门"));
    }

    /** The department code of the user's team (e.g. SH-SALES); null for someone in no department. */
    public String departmentOf(String userId) {
        return userId == null ? null : mapper.findDepartment(userId).orElse(null);
    }

    /**
     * The supervisors of the group's members, comma-separated as {@code camunda:candidateUsers} takes them
     * (a model escalating a task offered to a group); empty if none of them has one.
     */
    public String supervisorsOfMembers(String groupId) {
        return String.join(",", mapper.findSupervisorsOfGroupMembers(groupId));
    }

    public List<String> teamMembersOf(String userId) {
        return mapper.findTeamMembers(userId);
    }

    public List<String> departmentMembersOf(String userId) {
        return mapper.findDepartmentMembers(userId);
    }

    /** An entrant must have a supervisor to review their entries. */
    public void requireReviewable(String userId) {
        supervisorOf(userId);
        departmentHeadOf(userId);
    }

    void addDepartment(String id, String name, String headUserId) {
        mapper.insertDepartment(id, name, headUserId);
    }

    void addTeam(String id, String departmentId, String name) {
        mapper.insertTeam(id, departmentId, name);
    }

    void addMember(String userId, String teamId, String supervisorUserId) {
        mapper.insertMember(userId, teamId, supervisorUserId);
    }

    boolean isEmpty() {
        return mapper.countDepartments() == 0;
    }
}
