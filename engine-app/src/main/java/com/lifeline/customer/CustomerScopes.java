package com.lifeline.customer;

import com.lifeline.org.OrgChart;
import com.lifeline.org.StaffGroups;
import com.lifeline.security.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The role table of DOMAIN.md as scopes: sales see their own customers, supervisors their team's,
 * managers their department's; service and data stewards see all customers' basic fields, masked;
 * data admins only what an approved request opens. IT operations, committee and compliance see no
 * customer records here. An approved access request adds one customer to read, whatever the role:
 * it never replaces the role's scope and never adds a right to change anything. The roles' group ids
 * come from {@link StaffGroups}.
 */
@Component
public class CustomerScopes {

    private final OrgChart org;
    private final StaffGroups roles;
    private final ObjectProvider<AccessGrantLookup> grants;
    private final IdentityService identity;

    CustomerScopes(OrgChart org, StaffGroups roles, ObjectProvider<AccessGrantLookup> grants, IdentityService identity) {
        this.org = org;
        this.roles = roles;
        this.grants = grants;
        this.identity = identity;
    }

    /** The scope of a user known by id only (a process step acting for them): groups from the engine. */
    public CustomerScope ofUser(String userId) {
        return of(new CurrentUser(userId, identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList()));
    }

    public CustomerScope of(CurrentUser user) {
        List<String> groups = user.groupIds();
        Set<Long> granted = grants.getIfAvailable(() -> u -> Set.of()).activeGrants(user.userId());
        Set<String> owners = new HashSet<>();
        if (groups.contains(roles.sales())) {
            owners.add(user.userId());
        }
        if (groups.contains(roles.supervisors())) {
            owners.addAll(org.teamMembersOf(user.userId()));
        }
        if (groups.contains(roles.managers())) {
            owners.addAll(org.departmentMembersOf(user.userId()));
        }
        boolean seesAll = groups.contains(roles.service()) || groups.contains(roles.dataStewards());
        // data admins' role is "everything, each use approved": full details of what a grant opens
        boolean fullDetails = !owners.isEmpty() || groups.contains(roles.dataAdmins());
        return new CustomerScope(seesAll, Set.copyOf(owners), Set.copyOf(granted), fullDetails);
    }
}
