package com.lifeline.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;

import java.util.List;

/**
 * The engine's authorization checks plus the task relation: for an authenticated non-admin every
 * task query (Tasklist's filters, {@code /engine-rest/task}, {@code TaskService} queries) is limited
 * to related tasks, and a task command on an unrelated task is refused like a missing grant.
 */
class RelatedTasksOnly extends AuthorizationManager {

    @Override
    public void configureTaskQuery(TaskQueryImpl query) {
        super.configureTaskQuery(query);
        // on for an authenticated user with checks on for this command; admins see every task
        if (!query.getAuthCheck().isAuthorizationCheckEnabled() || isCamundaAdmin(getCurrentAuthentication())) {
            return;
        }
        String userId = query.getAuthCheck().getAuthUserId();
        List<String> groupIds = query.getAuthCheck().getAuthGroupIds();
        boolean alreadyLimited = query.getQueries().stream().anyMatch(RelatedTasksQuery.class::isInstance);
        if (!alreadyLimited && !limitsItselfToRelated(query, userId, groupIds)) {
            query.addOrQuery(new RelatedTasksQuery(userId, groupIds));
        }
    }

    /**
     * A query that itself asks for my tasks (assigned to me, or offered to me or to groups all mine)
     * needs no second relation clause: that clause would only stop the database using its index.
     */
    static boolean limitsItselfToRelated(TaskQueryImpl query, String userId, List<String> groupIds) {
        if (query.isOrQueryActive()) {
            return false;
        }
        if (userId.equals(query.getAssignee())) {
            return true;
        }
        boolean offered = userId.equals(query.getCandidateUser())
                || (query.getCandidateUser() == null && (query.getCandidateGroup() != null || query.getCandidateGroupsInternal() != null));
        // the groups the engine resolves for the query (a candidate user's memberships), all authenticated ones
        return offered && (groupIds == null ? List.<String>of() : groupIds).containsAll(query.getCandidateGroups());
    }

    /** Refuses {@code permission} on a task the current user is not related to. */
    void checkRelated(TaskEntity task, Permission permission) {
        Authentication user = getCurrentAuthentication();
        if (!isAuthCheckExecuted() || isCamundaAdmin(user) || isRelated(task, user.getUserId(), user.getGroupIds())) {
            return;
        }
        throw new AuthorizationException(user.getUserId(), permission.getName(), Resources.TASK.resourceName(), task.getId());
    }

    static boolean isRelated(TaskEntity task, String userId, List<String> groupIds) {
        if (userId.equals(task.getAssignee()) || userId.equals(task.getOwner())) {
            return true;
        }
        for (IdentityLinkEntity link : task.getIdentityLinks()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())
                    && (userId.equals(link.getUserId()) || (link.getGroupId() != null && groupIds.contains(link.getGroupId())))) {
                return true;
            }
        }
        return false;
    }
}
