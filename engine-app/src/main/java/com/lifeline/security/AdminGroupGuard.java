package com.lifeline.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * CVE-2026-77226: with an empty camunda-admin group the webapps' setup page can create an
 * administrator. The setup endpoint is blocked, and the app refuses to run without an admin.
 */
@Component
class AdminGroupGuard {

    private final IdentityService identity;

    AdminGroupGuard(IdentityService identity) {
        this.identity = identity;
    }

    @EventListener(ApplicationReadyEvent.class)
    void requireAnAdministrator() {
        if (identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            throw new IllegalStateException("The camunda-admin group is empty: set camunda.bpm.admin-user "
                    + "(LIFELINE_ADMIN_PASSWORD) so an administrator exists before the app serves anyone");
        }
    }
}
