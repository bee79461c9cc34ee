package com.lifeline.deletion;

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
class DeletionConfiguration {

    static final JobKey RETENTION_SWEEP_JOB = JobKey.jobKey("retentionSweep", "deletion");

    @Bean
    JobDetail retentionSweepJob() {
        return JobBuilder.newJob(RetentionSweepJob.class).withIdentity(RETENTION_SWEEP_JOB).storeDurably().build();
    }

    /** {@code lifeline.deletion.retention-sweep-cron} (Quartz cron) in {@code lifeline.zone}; default 03:00 on the 1st. */
    @Bean
    Trigger retentionSweepTrigger(@Value("${lifeline.deletion.retention-sweep-cron:0 0 3 1 * ?}") String cron,
                                  @Value("${lifeline.zone:Asia/Shanghai}") String zone) {
        return TriggerBuilder.newTrigger()
                .withIdentity("retentionSweep", "deletion")
                .forJob(RETENTION_SWEEP_JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
