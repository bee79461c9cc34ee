/**
 * The customer directory: page and API to view, search and change status, within the caller's
 * scope. Feature.
 */
@ApplicationModule(allowedDependencies = {
        "audit", "crypto", "customer", "navigation", "org", "phone", "security", "web"})
package com.lifeline.directory;

import org.springframework.modulith.ApplicationModule;
