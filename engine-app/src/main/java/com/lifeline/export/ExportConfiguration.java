package com.lifeline.export;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.TimeZone;

@Configuration(proxyBeanMethods = false)
class ExportConfiguration {

    static final JobKey PURGE_JOB = JobKey.jobKey("exportPurge", "export");

    @Bean
    JobDetail exportPurgeJob() {
        return JobBuilder.newJob(ExportPurgeJob.class).withIdentity(PURGE_JOB).storeDurably().build();
    }

    /** {@code lifeline.export.purge-cron} (Quartz cron) in {@code lifeline.zone}. */
    @Bean
    Trigger exportPurgeTrigger(ExportProperties properties, @Value("${lifeline.zone:Asia/Shanghai}") String zone) {
        return TriggerBuilder.newTrigger()
                .withIdentity("exportPurge", "export")
                .forJob(PURGE_JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(properties.purgeCron()).inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
