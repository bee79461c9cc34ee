/**
 * Access requests (access-request.bpmn): a data admin reads one customer until the grant expires.
 * Feature.
 */
@ApplicationModule(allowedDependencies = {"audit", "customer", "database", "notification", "org", "web"})
package com.lifeline.access;

import org.springframework.modulith.ApplicationModule;
