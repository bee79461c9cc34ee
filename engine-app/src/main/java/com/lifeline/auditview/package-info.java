/**
 * Compliance's 审计 page and /api/audit over the audit log. Feature.
 */
@ApplicationModule(allowedDependencies = {"audit", "navigation", "web"})
package com.lifeline.auditview;

import org.springframework.modulith.ApplicationModule;
