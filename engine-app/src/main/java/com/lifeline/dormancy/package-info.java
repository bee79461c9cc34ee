/**
 * Dormancy screening (休眠筛查, dormancy-check.bpmn): the monthly, resumable sweep of customers silent
 * for six months, the data steward's check and its outcomes: still active, DORMANT (no marketing use),
 * or invalid (a deletion request, source DORMANCY). Feature.
 */
@ApplicationModule(allowedDependencies = {
        "audit", "crypto", "customer", "database", "deletion", "notification", "org", "privacy", "schedules", "security",
        "web"})
package com.lifeline.dormancy;

import org.springframework.modulith.ApplicationModule;
