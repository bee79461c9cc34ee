package com.lifeline.entry;

import com.lifeline.customer.NotAllowedException;
import com.lifeline.org.StaffGroups;
import com.lifeline.security.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import java.util.List;

/** Only members of the entrant groups ({@code lifeline.groups.entrants}) enter new customers. */
@Component
public class EntrantRoles {

    private final IdentityService identity;
    private final StaffGroups roles;

    EntrantRoles(IdentityService identity, StaffGroups roles) {
        this.identity = identity;
        this.roles = roles;
    }

    /** The groups come from this request's login or from {@link #groupsOf}. */
    public void requireMayEnter(CurrentUser user) {
        if (user.userId() == null || !roles.mayEnter(user.groupIds())) {
            throw notAllowed();
        }
    }

    /** The user's groups from the engine's identity store. */
    List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    NotAllowedException notAllowed() {
        return new NotAllowedException("只有 " + String.join("、", roles.entrants()) + " 组的成员可以录入客户");
    }
}
