package com.lifeline.inbox;

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
class InboxConfiguration {

    static final JobKey DIGEST_JOB = JobKey.jobKey("dailyDigest", "inbox");

    @Bean
    JobDetail dailyDigestJob() {
        return JobBuilder.newJob(DailyDigestJob.class).withIdentity(DIGEST_JOB).storeDurably().build();
    }

    /** {@code lifeline.inbox.digest-cron} (Quartz cron) in {@code lifeline.zone}; default 08:00 Mon–Sun, skipped on non-working days. */
    @Bean
    Trigger dailyDigestTrigger(@Value("${lifeline.inbox.digest-cron:0 0 8 * * ?}") String cron,
                               @Value("${lifeline.zone:Asia/Shanghai}") String zone) {
        return TriggerBuilder.newTrigger()
                .withIdentity("dailyDigest", "inbox")
                .forJob(DIGEST_JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                        .inTimeZone(TimeZone.getTimeZone(zone))
                        // a digest hours late is noise; after downtime wait for the next morning
                        .withMisfireHandlingInstructionDoNothing())
                .build();
    }
}
