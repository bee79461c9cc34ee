package com.lifeline.org;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The groups of DOMAIN.md's role table, by role (Camunda group ids), and who may enter customers:
 * {@code lifeline.groups} in application.yml is the one place the app learns them, so a directory
 * that names its groups otherwise changes configuration, not code. Camunda's own {@code camunda-admin}
 * is not a role here.
 *
 * @param entrants the groups whose members enter customers (Tasklist's 客户录入, POST /api/entries)
 */
@ConfigurationProperties("lifeline.groups")
public record StaffGroups(String sales, String service, String supervisors, String managers, String dataStewards,
                          String dataAdmins, String itOps, String committee, String compliance, String designers,
                          List<String> entrants) {

    public StaffGroups {
        List<String> roles = Stream.of(sales, service, supervisors, managers, dataStewards, dataAdmins, itOps,
                committee, compliance, designers).toList();
        if (roles.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw new IllegalArgumentException("lifeline.groups: every role needs a group id (sales, service, "
                    + "supervisors, managers, data-stewards, data-admins, it-ops, committee, compliance, designers)");
        }
        entrants = entrants == null ? List.of() : List.copyOf(entrants);
        requireKnown("lifeline.groups.entrants", entrants, roles);
    }

    /** Every role's group. */
    public List<String> all() {
        return List.of(sales, service, supervisors, managers, dataStewards, dataAdmins, itOps, committee, compliance,
                designers);
    }

    public boolean mayEnter(Collection<String> groupIds) {
        return groupIds.stream().anyMatch(entrants::contains);
    }

    /** Refuses to start when a setting lists a group that is no role's (a typo would grant nobody). */
    public void requireKnown(String setting, Collection<String> groupIds) {
        requireKnown(setting, groupIds, all());
    }

    private static void requireKnown(String setting, Collection<String> groupIds, List<String> roles) {
        List<String> unknown = groupIds.stream().filter(id -> !roles.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(setting + " names " + unknown + ", which lifeline.groups does not list");
        }
    }
}
