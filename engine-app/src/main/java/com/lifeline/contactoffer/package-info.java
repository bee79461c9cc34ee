/**
 * Contacts offered to another team's customer go to its owner to accept or reject (contact-
 * offer.bpmn). Feature.
 */
@ApplicationModule(allowedDependencies = {
        "audit", "consent", "contact", "crypto", "customer", "database", "notification", "privacy", "web"})
package com.lifeline.contactoffer;

import org.springframework.modulith.ApplicationModule;
