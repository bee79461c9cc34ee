/**
 * The customer directory: page and API to view, search and change status, within the caller's
 * scope; its page offers changes (change feature), the deletion request (deletion feature), follow-ups
 * (followup feature), and marking contacts unreachable and withdrawing their consent (contactcare). Feature.
 */
@ApplicationModule(allowedDependencies = {
        "audit", "change", "contactcare", "crypto", "customer", "deletion", "followup", "navigation", "org", "phone",
        "security", "web"})
package com.lifeline.directory;

import org.springframework.modulith.ApplicationModule;
