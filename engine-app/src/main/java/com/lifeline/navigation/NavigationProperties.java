package com.lifeline.navigation;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The product's navigation, shared by Lifeline's pages and Tasklist's header: each entry names
 * the groups that may open it (none: every logged-in user). Lifeline's own pages are refused to
 * anyone their entry does not list, so nobody is shown a link they cannot use.
 */
@ConfigurationProperties("lifeline.navigation")
public record NavigationProperties(List<Entry> entries) {

    public NavigationProperties {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /**
     * @param id     stable key (the current page is marked by it)
     * @param label  what the user reads
     * @param path   where it leads; Lifeline pages are guarded under this path
     * @param groups who may open it; empty: everyone logged in
     */
    public record Entry(String id, String label, String path, List<String> groups) {

        public Entry {
            groups = groups == null ? List.of() : List.copyOf(groups);
        }

        boolean openTo(List<String> userGroups) {
            return groups.isEmpty() || userGroups.stream().anyMatch(groups::contains);
        }
    }
}
