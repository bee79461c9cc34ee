package com.lifeline.security;

import com.lifeline.org.StaffGroups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;

/**
 * The Camunda grants staff need with {@code camunda.bpm.authorization.enabled=true}, created at
 * start-up and topped up idempotently (a grant that exists gets the missing permissions added,
 * nothing is ever removed here, so an administrator's own additions survive a restart).
 *
 * <p>Members of {@code camunda-admin} have everything already (the starter grants the group ALL on
 * every resource). Tasks are granted per definition, not per task: every user may read and work on
 * (claim, complete; not reassign or delete) tasks of any model, and {@link TaskAccessPlugin} narrows
 * that to the tasks assigned to, owned by or offered to the user or their groups. The shared Tasklist filters are granted READ by {@code inbox.TasklistFilters}. Nobody but admins may
 * create filters: a stored filter query may carry expressions (see {@link AdhocExpressionGuard}). The
 * groups are the roles of {@link StaffGroups}; its entrants may start customer-entry.
 */
@Component
@Order(20)
public class CamundaAuthorizations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CamundaAuthorizations.class);

    /** {@code group} {@link #EVERY_USER}: one global row for all users, also those in no role group. */
    record Grant(String group, Resource resource, String resourceId, Set<Permission> permissions) {
        boolean toEveryUser() {
            return EVERY_USER.equals(group);
        }
    }

    static final String EVERY_USER = Authorization.ANY;

    private final AuthorizationService authorizations;
    private final StaffGroups roles;

    CamundaAuthorizations(AuthorizationService authorizations, StaffGroups roles) {
        this.authorizations = authorizations;
        this.roles = roles;
    }

    List<Grant> grants() {
        List<Grant> grants = new java.util.ArrayList<>();
        // the models decide who gets a task, and TaskAccessPlugin keeps each user to the tasks assigned
        // or offered to them
        grants.add(new Grant(EVERY_USER, Resources.PROCESS_DEFINITION, Authorization.ANY,
                Set.of(ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_WORK)));
        for (String group : roles.all()) {
            grants.add(new Grant(group, Resources.APPLICATION, "tasklist", Set.of(Permissions.ACCESS)));
            // starting any process needs CREATE on process instances plus CREATE_INSTANCE on its definition
            grants.add(new Grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Set.of(Permissions.CREATE)));
            // completing a task needs READ on its definition, also for processes one may not start (the
            // successor's handover summary, an approver's task); a definition holds no customer data, and
            // Tasklist's start list still shows only what one may start (CREATE_INSTANCE, below)
            grants.add(new Grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, Set.of(ProcessDefinitionPermissions.READ)));
            grants.add(new Grant(group, Resources.PROCESS_DEFINITION, "access-request",
                    Set.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE)));
        }
        // follow-ups (follow-up.bpmn): as lifeline.follow-up.recorders, on the customers each can see
        for (String group : List.of(roles.sales(), roles.supervisors(), roles.managers(), roles.service())) {
            grants.add(new Grant(group, Resources.PROCESS_DEFINITION, "follow-up",
                    Set.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE)));
        }
        for (String group : roles.entrants()) {
            grants.add(new Grant(group, Resources.PROCESS_DEFINITION, "customer-entry",
                    Set.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE)));
            // who may enter customers may change their own scope's (the start listener checks the customer)
            grants.add(new Grant(group, Resources.PROCESS_DEFINITION, "customer-change",
                    Set.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE)));
        }
        // the admin group (ALL everywhere) is the only one with Cockpit, Admin and staff-handover
        grants.add(new Grant(Groups.CAMUNDA_ADMIN, Resources.APPLICATION, "cockpit", Set.of(Permissions.ACCESS)));
        grants.add(new Grant(Groups.CAMUNDA_ADMIN, Resources.APPLICATION, "admin", Set.of(Permissions.ACCESS)));
        grants.add(new Grant(Groups.CAMUNDA_ADMIN, Resources.PROCESS_DEFINITION, "staff-handover",
                Set.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE)));
        grants.add(new Grant(roles.designers(), Resources.DEPLOYMENT, Authorization.ANY,
                Set.of(Permissions.CREATE, Permissions.READ)));
        return grants;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int changed = 0;
        for (Grant grant : grants()) {
            if (ensure(grant)) {
                changed++;
            }
        }
        if (changed > 0) {
            log.info("Camunda authorizations: {} grants created or widened", changed);
        }
    }

    private boolean ensure(Grant grant) {
        int type = grant.toEveryUser() ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT;
        var query = authorizations.createAuthorizationQuery().authorizationType(type)
                .resourceType(grant.resource())
                .resourceId(grant.resourceId());
        Authorization authorization = grant.toEveryUser()
                ? query.userIdIn(Authorization.ANY).singleResult()
                : query.groupIdIn(grant.group()).singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(type);
            if (grant.toEveryUser()) {
                authorization.setUserId(Authorization.ANY);
            } else {
                authorization.setGroupId(grant.group());
            }
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
        } else if (grant.permissions().stream().allMatch(authorization::isPermissionGranted)) {
            return false;
        }
        grant.permissions().forEach(authorization::addPermission);
        authorizations.saveAuthorization(authorization);
        return true;
    }
}
