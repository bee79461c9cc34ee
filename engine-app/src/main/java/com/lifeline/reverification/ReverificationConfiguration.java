package com.lifeline.reverification;

import com.lifeline.schedules.JobProgress;
import com.lifeline.schedules.SweepProgress;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;
import java.util.TimeZone;

@Configuration(proxyBeanMethods = false)
class ReverificationConfiguration {

    static final JobKey SWEEP_JOB = JobKey.jobKey("verificationSweep", "lifeline");

    @Bean
    JobDetail verificationSweepJob() {
        return JobBuilder.newJob(VerificationSweepJob.class).withIdentity(SWEEP_JOB)
                .withDescription("季度联系人核实:为到期客户发起核实").requestRecovery().storeDurably().build();
    }

    /**
     * {@code lifeline.schedules.verification-sweep.cron} (Quartz cron) in {@code lifeline.zone}; a firing
     * missed while every node was down runs once when one comes back.
     */
    @Bean
    Trigger verificationSweepTrigger(@Value("${lifeline.schedules.verification-sweep.cron}") String cron,
                                     @Value("${lifeline.zone:Asia/Shanghai}") String zone) {
        return TriggerBuilder.newTrigger()
                .withIdentity(SWEEP_JOB.getName(), SWEEP_JOB.getGroup())
                .forJob(SWEEP_JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    /** The schedules admin shows how far the sweep got. */
    @Bean
    JobProgress verificationSweepProgress(VerificationSweep sweep) {
        return new JobProgress() {
            @Override
            public JobKey job() {
                return SWEEP_JOB;
            }

            @Override
            public Optional<SweepProgress> current() {
                return sweep.progress();
            }
        };
    }
}
