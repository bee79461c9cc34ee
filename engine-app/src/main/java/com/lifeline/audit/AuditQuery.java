package com.lifeline.audit;

import java.time.LocalDateTime;

/** Compliance search filters; null means "any". Times are server-local like the stored column. */
public record AuditQuery(String actor, String customerNumber, String action, LocalDateTime from, LocalDateTime to) {
}
