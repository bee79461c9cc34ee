/**
 * The customer directory: page and API to view, search and change status, within the caller's
 * scope; its page offers the deletion request (deletion feature) and follow-ups (followup feature). Feature.
 */
@ApplicationModule(allowedDependencies = {
        "audit", "change", "crypto", "customer", "deletion", "followup", "navigation", "org", "phone", "security", "web"})
package com.lifeline.directory;

import org.springframework.modulith.ApplicationModule;
