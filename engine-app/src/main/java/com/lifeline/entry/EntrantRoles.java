package com.lifeline.entry;

import com.lifeline.customer.NotAllowedException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import java.util.Set;

/** Only staff who may change customers (sales, supervisors, managers) enter new ones. */
@Component
public class EntrantRoles {

    static final Set<String> MAY_ENTER = Set.of("sales", "supervisors", "managers");
    static final String NOT_ALLOWED = "只有销售、主管和部门经理可以录入客户";

    private final IdentityService identity;

    EntrantRoles(IdentityService identity) {
        this.identity = identity;
    }

    public void requireMayEnter(String userId) {
        require(userId != null && identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).anyMatch(MAY_ENTER::contains));
    }

    /** For a logged-in user whose groups are known already. */
    public void requireMayEnter(java.util.Collection<String> groupIds) {
        require(groupIds.stream().anyMatch(MAY_ENTER::contains));
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new NotAllowedException(NOT_ALLOWED);
        }
    }
}
