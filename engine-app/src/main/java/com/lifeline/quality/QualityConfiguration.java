package com.lifeline.quality;

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

/** The nightly snapshot: a plain Quartz job of group "lifeline", so the schedules admin lists it. */
@Configuration(proxyBeanMethods = false)
class QualityConfiguration {

    static final JobKey SNAPSHOT_JOB = JobKey.jobKey("quality-snapshot", "lifeline");

    @Bean
    JobDetail qualitySnapshotJob() {
        return JobBuilder.newJob(QualitySnapshotJob.class).withIdentity(SNAPSHOT_JOB)
                .withDescription("数据质量指标:每晚存一次,供 12 个月趋势").storeDurably().build();
    }

    /** {@code lifeline.schedules.quality-snapshot.cron} in {@code lifeline.zone}; default 01:30 every night. */
    @Bean
    Trigger qualitySnapshotTrigger(@Value("${lifeline.schedules.quality-snapshot.cron:0 30 1 * * ?}") String cron,
                                   @Value("${lifeline.zone:Asia/Shanghai}") String zone) {
        return TriggerBuilder.newTrigger()
                .withIdentity("quality-snapshot", "lifeline")
                .forJob(SNAPSHOT_JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
