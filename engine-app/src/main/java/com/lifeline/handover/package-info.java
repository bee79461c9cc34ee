/**
 * Staff handover (staff-handover.bpmn): a leaver's customers, tasks and routing go to the
 * successor. Feature.
 */
@ApplicationModule(allowedDependencies = {"access", "audit", "security", "web"})
package com.lifeline.handover;

import org.springframework.modulith.ApplicationModule;
