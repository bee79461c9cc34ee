/**
 * Quarterly re-verification of emergency contacts (contact-verification.bpmn): the resumable sweep
 * that starts one verification per due ACTIVE customer, the owner's 核实紧急联系人 task with its
 * reminder and escalation, and each contact's outcome (confirmed, changed → customer-change,
 * unreachable → the contact marked unreachable and replaced). Feature.
 */
@ApplicationModule(allowedDependencies = {
        "audit", "consent", "contact", "contactcare", "customer", "database", "links", "notification", "org", "phone",
        "privacy", "schedules", "security", "web"})
package com.lifeline.reverification;

import org.springframework.modulith.ApplicationModule;
