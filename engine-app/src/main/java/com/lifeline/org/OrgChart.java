package com.lifeline.org;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Routing by the org chart: the entrant's supervisor reviews, the department head is escalated to. */
@Service
public class OrgChart {

    private final OrgMapper mapper;

    OrgChart(OrgMapper mapper) {
        this.mapper = mapper;
    }

    public String supervisorOf(String userId) {
        Optional<String> supervisor = checked(userId).map(Routing::supervisor).orElseGet(() -> mapper.findSupervisor(userId));
        return supervisor.orElseThrow(() -> new NotInOrgChartException(userId, "没有直属主管"));
    }

    public String departmentHeadOf(String userId) {
        Optional<String> head = checked(userId).map(Routing::departmentHead).orElseGet(() -> mapper.findDepartmentHead(userId));
        return head.orElseThrow(() -> new NotInOrgChartException(userId, "不属于任何部门"));
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

    /**
     * An entrant must have a supervisor to review their entries (and a department head to escalate to).
     * One read for both; the transaction that checked remembers them, so the model's assignee expression
     * ({@code orgChart.supervisorOf(entrant)}) right after the check does not read the same row again.
     */
    public void requireReviewable(String userId) {
        Map<String, Object> row = mapper.findRouting(userId);
        Routing routing = new Routing(Optional.ofNullable(row == null ? null : (String) row.get("supervisor")),
                Optional.ofNullable(row == null ? null : (String) row.get("head")));
        remember(userId, routing);
        supervisorOf(userId);
        departmentHeadOf(userId);
    }

    void addDepartment(String id, String name, String headUserId) {
        forget();
        mapper.insertDepartment(id, name, headUserId);
    }

    void addTeam(String id, String departmentId, String name) {
        forget();
        mapper.insertTeam(id, departmentId, name);
    }

    void addMember(String userId, String teamId, String supervisorUserId) {
        forget();
        mapper.insertMember(userId, teamId, supervisorUserId);
    }

    boolean isEmpty() {
        return mapper.countDepartments() == 0;
    }

    private record Routing(Optional<String> supervisor, Optional<String> departmentHead) {
    }

    /** What {@link #requireReviewable} read for this user in the current transaction, if it did. */
    @SuppressWarnings("unchecked")
    private Optional<Routing> checked(String userId) {
        Object memo = TransactionSynchronizationManager.getResource(this);
        return memo == null ? Optional.empty() : Optional.ofNullable(((Map<String, Routing>) memo).get(userId));
    }

    @SuppressWarnings("unchecked")
    private void remember(String userId, Routing routing) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Map<String, Routing> memo = (Map<String, Routing>) TransactionSynchronizationManager.getResource(this);
        if (memo == null) {
            memo = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, memo);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
        memo.put(userId, routing);
    }

    private void forget() {
        TransactionSynchronizationManager.unbindResourceIfPossible(this);
    }
}
