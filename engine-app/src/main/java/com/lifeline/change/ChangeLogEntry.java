package com.lifeline.change;

import java.time.Instant;

/** One row of a customer's change log as stored (values sealed when {@code encrypted}). */
public record ChangeLogEntry(Long id, String field, String oldValue, String newValue, boolean encrypted, String reason,
                             String operator, Instant changedAt, Long changeId, String processInstanceId) {
}
