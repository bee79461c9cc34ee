package com.lifeline.audit;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    static final JobKey PURGE_JOB = JobKey.jobKey("auditPurge", "audit");

    @Bean
    JobDetail auditPurgeJob() {
        return JobBuilder.newJob(AuditPurgeJob.class).withIdentity(PURGE_JOB).storeDurably().build();
    }

    @Bean
    Trigger auditPurgeTrigger(AuditProperties properties) {
        return TriggerBuilder.newTrigger()
                .withIdentity("auditPurge", "audit")
                .forJob(PURGE_JOB)
                // a missed night is made up once at start-up
                .withSchedule(CronScheduleBuilder.cronSchedule(properties.purgeCron())
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
