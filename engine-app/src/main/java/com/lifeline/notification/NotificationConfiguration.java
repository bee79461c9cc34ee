package com.lifeline.notification;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    static final JobKey DISPATCH_JOB = JobKey.jobKey("outboxDispatch", "notification");

    @Bean
    SmsGateway smsGateway(NotificationProperties properties, RestClient.Builder restClientBuilder) {
        return switch (properties.sms().gateway()) {
            case LOG -> new LoggingSmsGateway();
            case HTTP -> new HttpSmsGateway(restClientBuilder, properties.sms());
        };
    }

    @Bean
    JobDetail outboxDispatchJob() {
        // durable: Boot registers job details before the triggers that point at them
        return JobBuilder.newJob(OutboxDispatchJob.class).withIdentity(DISPATCH_JOB).storeDurably().build();
    }

    @Bean
    Trigger outboxDispatchTrigger(NotificationProperties properties) {
        return TriggerBuilder.newTrigger()
                .withIdentity("outboxDispatch", "notification")
                .forJob(DISPATCH_JOB)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(properties.pollInterval().toMillis())
                        .repeatForever()
                        // after downtime one run catches up with everything; the missed ones add nothing
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
