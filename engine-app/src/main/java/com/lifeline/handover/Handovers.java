package com.lifeline.handover;

import com.lifeline.access.AccessGrants;
import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Moves everything a leaver is responsible for to the successor in ONE transaction: open tasks,
 * candidate-user links, routing variables of running processes, customers (with change log and
 * audit), org-chart references, and ends the leaver's temporary access grants. Called from the
 * handover service task, it joins the engine's transaction: if any step fails, nothing moved.
 */
@Service
public class Handovers {

    static final String REASON = "员工离职交接";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HandoverMapper mapper;
    private final AccessGrants grants;
    private final AuditLog audit;
    private final Clock clock;

    Handovers(TaskService tasks, RuntimeService runtime, HandoverMapper mapper, AccessGrants grants, AuditLog audit,
              Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.mapper = mapper;
        this.grants = grants;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public HandoverResult handOver(String leaver, String successor, String actor) {
        Instant now = clock.instant();

        // the engine's side first: it is flushed with the same commit as the SQL below
        Set<String> movedTasks = new HashSet<>();
        for (Task task : tasks.createTaskQuery().taskAssignee(leaver).list()) {
            tasks.setAssignee(task.getId(), successor);
            movedTasks.add(task.getId());
        }
        for (Task task : tasks.createTaskQuery().taskOwner(leaver).list()) {
            tasks.setOwner(task.getId(), successor);
            movedTasks.add(task.getId());
        }
        int links = 0;
        for (Task task : tasks.createTaskQuery().taskCandidateUser(leaver).includeAssignedTasks().list()) {
            for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && leaver.equals(link.getUserId())) {
                    tasks.deleteCandidateUser(task.getId(), leaver);
                    tasks.addCandidateUser(task.getId(), successor);
                    links++;
                }
            }
        }
        int variables = 0;
        for (String name : HandoverVariables.ROUTING_VARIABLES) {
            List<VariableInstance> found = runtime.createVariableInstanceQuery().variableValueEquals(name, leaver).list();
            for (VariableInstance variable : found) {
                if (variable.getTaskId() != null) {
                    tasks.setVariableLocal(variable.getTaskId(), name, successor);
                } else if (variable.getExecutionId() != null) {
                    runtime.setVariableLocal(variable.getExecutionId(), name, successor);
                } else {
                    continue; // a CMMN case variable: no case models here
                }
                variables++;
            }
        }

        // the customer store
        List<String> customerNumbers = mapper.findOwnedCustomerNumbers(leaver);
        mapper.logOwnerChange(leaver, successor, REASON, actor, now);
        int customers = mapper.moveCustomers(leaver, successor, now);
        for (String number : customerNumbers) {
            audit.record(actor, AuditAction.CHANGE, number, "owner " + leaver + " -> " + successor + " (handover)");
        }
        int org = mapper.liftSuccessorsSupervisor(leaver, successor);
        org += mapper.moveSupervisorReferences(leaver, successor);
        org += mapper.moveDepartmentHeads(leaver, successor);
        int revoked = grants.revokeAllOf(leaver, actor, "user left");

        audit.record(actor, AuditAction.CHANGE, null, "handover " + leaver + " -> " + successor + ": "
                + customers + " customers, " + movedTasks.size() + " tasks, " + links + " candidate links, "
                + variables + " variables, " + org + " org references, " + revoked + " grants revoked");
        return new HandoverResult(customers, movedTasks.size(), links, variables, org, revoked);
    }
}
