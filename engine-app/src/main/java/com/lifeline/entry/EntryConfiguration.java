package com.lifeline.entry;

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
class EntryConfiguration {

    static final JobKey DRAFT_SWEEP_JOB = JobKey.jobKey("entryDraftSweep", "entry");

    @Bean
    JobDetail entryDraftSweepJob() {
        return JobBuilder.newJob(EntryDraftSweepJob.class).withIdentity(DRAFT_SWEEP_JOB).storeDurably().build();
    }

    /** {@code lifeline.entry.draft-sweep-cron} (Quartz cron) in {@code lifeline.zone}; default 04:15 daily. */
    @Bean
    Trigger entryDraftSweepTrigger(@Value("${lifeline.entry.draft-sweep-cron:0 15 4 * * ?}") String cron,
                                   @Value("${lifeline.zone:Asia/Shanghai}") String zone) {
        return TriggerBuilder.newTrigger()
                .withIdentity("entryDraftSweep", "entry")
                .forJob(DRAFT_SWEEP_JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
