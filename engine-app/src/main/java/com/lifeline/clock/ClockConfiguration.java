package com.lifeline.clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${lifeline.zone:Asia/Shanghai}") String zone) {
        return new EngineClock(ZoneId.of(zone));
    }
}
