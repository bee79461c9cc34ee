package com.lifeline.dormancy;

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

/** The monthly sweep: a plain Quartz job of group "lifeline", so the schedules admin lists it. */
@Configuration(proxyBeanMethods = false)
class DormancyConfiguration {

    static final JobKey SWEEP_JOB = JobKey.jobKey("dormancy-sweep", "lifeline");

    @Bean
    JobDetail dormancySweepJob() {
        return JobBuilder.newJob(DormancySweepJob.class).withIdentity(SWEEP_JOB)
                .withDescription("休眠筛查:超过 6 个月无互动的客户交数据维护专员核查").storeDurably().build();
    }

    /** The schedules admin shows how far the sweep got. */
    @Bean
    JobProgress dormancySweepProgress(DormancySweep sweep) {
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

    /** {@code lifeline.schedules.dormancy-sweep.cron} in {@code lifeline.zone}; default 02:30 on the 1st. */
    @Bean
    Trigger dormancySweepTrigger(@Value("${lifeline.schedules.dormancy-sweep.cron:0 30 2 1 * ?}") String cron,
                                 @Value("${lifeline.zone:Asia/Shanghai}") String zone) {
        return TriggerBuilder.newTrigger()
                .withIdentity("dormancy-sweep", "lifeline")
                .forJob(SWEEP_JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
