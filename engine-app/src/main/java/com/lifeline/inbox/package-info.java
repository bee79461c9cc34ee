/**
 * Tasklist filters, task notifications and the daily digest. Feature.
 */
@ApplicationModule(allowedDependencies = {"calendar", "kernel", "notification", "taskkind"})
package com.lifeline.inbox;

import org.springframework.modulith.ApplicationModule;
