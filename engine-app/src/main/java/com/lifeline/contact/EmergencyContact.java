package com.lifeline.contact;

import java.time.Instant;

/** An emergency contact as stored; priority 1 is the primary contact. */
public record EmergencyContact(
        Long id,
        Long customerId,
        String name,
        ContactRelation relation,
        String phone,
        String email,
        String wechat,
        String authorisationScope,
        int priority,
        boolean reachable24h,
        boolean informed,
        Instant lastVerifiedAt,
        String verificationStatus,
        String status) {
}
