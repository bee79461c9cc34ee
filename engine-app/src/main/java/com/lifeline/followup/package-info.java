/**
 * Follow-ups (跟进记录, follow-up.bpmn): the interaction log of a customer through REST, a Tasklist
 * start form and the customer page; content sealed with the customer's key; a next action becomes a
 * reminder task on its date. Feature.
 */
@ApplicationModule(allowedDependencies = {"audit", "crypto", "customer", "database", "formguard", "org", "privacy", "security", "web"})
package com.lifeline.followup;

import org.springframework.modulith.ApplicationModule;
