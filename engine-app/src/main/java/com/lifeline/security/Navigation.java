package com.lifeline.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The entries of the shared navigation a user may open. The webapps follow Camunda's APPLICATION
 * authorizations (as their own login does); Lifeline's pages follow the groups whose API answers
 * them something (DOMAIN.md's role table): the customer directory for roles that see customers,
 * the audit search for compliance.
 */
@Component
public class Navigation {

    /** @param id stable key for pages and tests; label in Chinese; href where it opens */
    public record Entry(String id, String label, String href) {
    }

    static final Set<String> CUSTOMER_ROLES = Set.of("sales", "supervisors", "managers", "service", "data-stewards",
            "data-admins");

    private final AuthorizationService authorizations;

    Navigation(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    public List<Entry> entriesFor(CurrentUser user) {
        List<Entry> entries = new ArrayList<>();
        if (mayOpen(user, "tasklist")) {
            entries.add(new Entry("tasklist", "任务", "/camunda/app/tasklist/default/"));
        }
        if (user.groupIds().stream().anyMatch(CUSTOMER_ROLES::contains)) {
            entries.add(new Entry("customers", "客户目录", "/customers.html"));
        }
        if (user.groupIds().contains("compliance")) {
            entries.add(new Entry("audit", "审计", "/audit.html"));
        }
        if (mayOpen(user, "cockpit")) {
            entries.add(new Entry("cockpit", "流程监控", "/camunda/app/cockpit/default/"));
        }
        if (mayOpen(user, "admin")) {
            entries.add(new Entry("admin", "用户管理", "/camunda/app/admin/default/"));
        }
        return entries;
    }

    private boolean mayOpen(CurrentUser user, String application) {
        return authorizations.isUserAuthorized(user.userId(), user.groupIds(), Permissions.ACCESS,
                Resources.APPLICATION, application);
    }
}
