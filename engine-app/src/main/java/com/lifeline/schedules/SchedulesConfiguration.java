package com.lifeline.schedules;

import org.springframework.boot.autoconfigure.quartz.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class SchedulesConfiguration {

    /** Every job of the scheduler reports its runs, also those of jobs other features add later. */
    @Bean
    SchedulerFactoryBeanCustomizer lastRunRecording(ScheduleMapper mapper, Clock clock) {
        return factory -> factory.setGlobalJobListeners(new LastRunListener(mapper, clock));
    }
}
