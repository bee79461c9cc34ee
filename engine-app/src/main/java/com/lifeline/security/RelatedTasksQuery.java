package com.lifeline.security;

import org.camunda.bpm.engine.impl.TaskQueryImpl;

import java.util.List;

/**
 * The "or" part {@link RelatedTasksOnly} adds to a task query: assigned to or owned by the user, or
 * offered to the user or one of their groups (claimed or not, as the engine's group grant allowed).
 */
class RelatedTasksQuery extends TaskQueryImpl {

    private final List<String> groupIds;

    RelatedTasksQuery(String userId, List<String> groupIds) {
        setOrQueryActive();
        this.groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
        taskAssignee(userId);
        taskOwner(userId);
        taskCandidateUser(userId);
        includeAssignedTasks();
    }

    /** The authenticated groups, not the engine's lookup of the candidate user's memberships. */
    @Override
    public List<String> getCandidateGroups() {
        return groupIds;
    }
}
