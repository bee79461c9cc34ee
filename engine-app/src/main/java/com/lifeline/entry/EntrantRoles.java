package com.lifeline.entry;

import com.lifeline.customer.NotAllowedException;
import com.lifeline.org.StaffGroups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** Only members of the entrant groups ({@code lifeline.groups.entrants}) enter new customers. */
@Component
public class EntrantRoles {

    private final IdentityService identity;
    private final StaffGroups roles;

    EntrantRoles(IdentityService identity, StaffGroups roles) {
        this.identity = identity;
        this.roles = roles;
    }

    public void requireMayEnter(String userId) {
        if (userId == null || !roles.mayEnter(identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList())) {
            throw notAllowed();
        }
    }

    NotAllowedException notAllowed() {
        return new NotAllowedException("只有 " + String.join("、", roles.entrants()) + " 组的成员可以录入客户");
    }
}
