/**
 * The schedules admin: every Quartz schedule of the clustered store (cron, next fire, last outcome,
 * a sweep's progress), re-timed, paused, resumed and fired at runtime through /api/admin/schedules and
 * the /admin/schedules page; an admin's change outlives restarts. Features with a long-running job
 * show its progress by a {@link com.lifeline.schedules.JobProgress} bean. Feature.
 */
@ApplicationModule(allowedDependencies = {"audit", "navigation", "web"})
package com.lifeline.schedules;

import org.springframework.modulith.ApplicationModule;
