package com.lifeline.customer;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which status may follow which when staff change a customer's status (客户目录, PUT
 * /api/customers/{number}/status), and which groups may make the change, on the customers they may
 * change: {@code lifeline.customer.status-changes}. Deletion is no status change: it has its own approval.
 *
 * @param from            per current status: the statuses it may become and the groups who may do it
 * @param reasonMaxLength every change names its reason, at most this many characters
 */
@ConfigurationProperties("lifeline.customer.status-changes")
public record StatusChanges(Map<CustomerStatus, Change> from, int reasonMaxLength) {

    /** change_log.reason holds this many characters. */
    static final int REASON_COLUMN = 500;

    public record Change(Set<CustomerStatus> to, Set<String> groups) {

        public Change {
            to = to == null ? Set.of() : Set.copyOf(to);
            groups = groups == null ? Set.of() : Set.copyOf(groups);
        }
    }

    public StatusChanges {
        from = from == null ? Map.of() : new EnumMap<>(from);
        if (reasonMaxLength < 1 || reasonMaxLength > REASON_COLUMN) {
            throw new IllegalArgumentException("lifeline.customer.status-changes.reason-max-length must be 1 to "
                    + REASON_COLUMN + " (change_log.reason)");
        }
    }

    /** The statuses a member of these groups may give a customer in this status (none if no group may). */
    public Set<CustomerStatus> allowedFrom(CustomerStatus status, Collection<String> groupIds) {
        Change change = from.get(status);
        return change != null && groupIds.stream().anyMatch(change.groups()::contains) ? change.to() : Set.of();
    }

    /** Whether these groups may make any status change at all. */
    public boolean mayChangeAny(Collection<String> groupIds) {
        return from.values().stream().anyMatch(change -> groupIds.stream().anyMatch(change.groups()::contains));
    }

    /** Every group named here. */
    public Set<String> groups() {
        return from.values().stream().flatMap(change -> change.groups().stream()).collect(Collectors.toSet());
    }
}
