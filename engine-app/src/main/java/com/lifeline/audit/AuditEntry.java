package com.lifeline.audit;

import java.time.LocalDateTime;

/**
 * One audit row as stored. {@code occurredAt} is the DATETIME as written (server-local, whole
 * seconds), so the hash does not depend on the reader's time zone.
 */
public record AuditEntry(long id, LocalDateTime occurredAt, String actor, String action, String customerNumber,
                         String detail, String sourceIp, String prevHash, String hash) {
}
