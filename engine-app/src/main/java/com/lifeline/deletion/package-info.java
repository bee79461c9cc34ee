/**
 * Deletion approval and erasure (deletion-approval.bpmn): requests from the directory, the API, the
 * dormancy check, the retention sweep and the customer's own link; holds; the department head's
 * approval; the erasure (crypto-shredding) and the destruction record. Feature.
 */
@ApplicationModule(allowedDependencies = {
        "audit", "contact", "crypto", "customer", "database", "formguard", "links", "notification", "org", "phone",
        "privacy", "security", "verification", "web"})
package com.lifeline.deletion;

import org.springframework.modulith.ApplicationModule;
