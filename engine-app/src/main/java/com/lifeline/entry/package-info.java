/**
 * Customer entry (customer-entry.bpmn): capture, the one check step, duplicates, save, review,
 * activation. Feature.
 */
@ApplicationModule(allowedDependencies = {
        "audit", "consent", "contact", "contactoffer", "crypto", "customer", "database", "formguard",
        "notification", "org", "phone", "privacy", "security", "verification", "web"})
package com.lifeline.entry;

import org.springframework.modulith.ApplicationModule;
