/**
 * The customer confirms their data by a signed link; reminders, calls and correction requests.
 * Feature.
 */
@ApplicationModule(allowedDependencies = {
        "audit", "consent", "contact", "crypto", "customer", "database", "links", "notification", "org", "phone", "privacy",
        "web"})
package com.lifeline.verification;

import org.springframework.modulith.ApplicationModule;
