/**
 * Changing a customer after entry (customer-change.bpmn): a reason for every change, the entry's rules,
 * key fields confirmed by the customer (signed link) or by the owner's call, the change log with
 * before/after of every field, the history page, optimistic locking. Feature.
 */
@ApplicationModule(allowedDependencies = {
        "audit", "contact", "consent", "crypto", "customer", "database", "entry", "formguard", "links", "navigation",
        "notification", "org", "phone", "privacy", "security", "verification", "web"})
package com.lifeline.change;

import org.springframework.modulith.ApplicationModule;
