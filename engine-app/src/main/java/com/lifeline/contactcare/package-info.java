/**
 * Contact care: a contact nobody can reach is marked INVALID and, when fewer than two valid ones
 * remain, the owner obtains a replacement (contact-replacement.bpmn); consent per contact and
 * purpose is withdrawn or renewed (with a signed letter as evidence). Feature.
 */
@ApplicationModule(allowedDependencies = {
        "audit", "consent", "contact", "crypto", "customer", "database", "entry", "notification", "org", "privacy",
        "security", "verification", "web"})
package com.lifeline.contactcare;

import org.springframework.modulith.ApplicationModule;
