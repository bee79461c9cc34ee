/**
 * Tasklist filters, task notifications and the daily digest. Feature.
 */
@ApplicationModule(allowedDependencies = {"calendar", "notification", "taskkind"})
package com.lifeline.inbox;

import org.springframework.modulith.ApplicationModule;
