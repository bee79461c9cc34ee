/**
 * Prometheus gauges on {@code /actuator/prometheus} (admin only): the data-quality figures per department
 * and overall, open and overdue tasks by task kind, the outbox's undelivered and failed notices, and
 * Camunda jobs with no retries left. Read from a snapshot refreshed on a schedule, never queried per
 * scrape; labelled by department code and task kind, never by person. Feature.
 */
@ApplicationModule(allowedDependencies = {"notification", "quality", "taskkind"})
package com.lifeline.metrics;

import org.springframework.modulith.ApplicationModule;
