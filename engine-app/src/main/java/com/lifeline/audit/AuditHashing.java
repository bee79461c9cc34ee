package com.lifeline.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * SHA-256 over an entry's canonical content and the previous entry's hash. Each field is written
 * as length:value (null as -1:) so that no two different rows share a canonical form.
 */
final class AuditHashing {

    static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private AuditHashing() {
    }

    static String hash(long id, LocalDateTime occurredAt, String actor, String action, String customerNumber,
                       String detail, String sourceIp, String prevHash) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[]{Long.toString(id), occurredAt.format(TIME), actor, action, customerNumber,
                detail, sourceIp, prevHash}) {
            if (field == null) {
                canonical.append("-1:;");
            } else {
                canonical.append(field.length()).append(':').append(field).append(';');
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String hash(AuditEntry e) {
        return hash(e.id(), e.occurredAt(), e.actor(), e.action(), e.customerNumber(), e.detail(), e.sourceIp(),
                e.prevHash());
    }
}
