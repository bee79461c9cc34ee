package com.lifeline.contact;

/** An emergency contact as it goes into the store, checked: E.164 phone, lower-case email. Priority 1 is the primary contact, 2 the backup. */
public record NewContact(
        int priority,
        String name,
        String nameKey,
        ContactRelation relation,
        String phone,
        String email,
        String wechat,
        String scope,
        boolean reachable24h,
        boolean informed) {
}
