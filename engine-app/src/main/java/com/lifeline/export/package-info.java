/**
 * Export approval (export-approval.bpmn, export-approvers.dmn, export-anomaly-review.bpmn): a filter within
 * the requester's scope, the approvers the decision table names, the AES-256 archive made when the requester
 * asks for it (password shown once), limited downloads, the purge of expired files, the anomaly review. An
 * open export holds its customers from deletion. Feature.
 */
@ApplicationModule(allowedDependencies = {
        "audit", "consent", "contact", "customer", "database", "navigation", "notification", "org", "phone", "privacy",
        "security", "web"})
package com.lifeline.export;

import org.springframework.modulith.ApplicationModule;
