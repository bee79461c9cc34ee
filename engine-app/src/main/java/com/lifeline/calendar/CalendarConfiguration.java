package com.lifeline.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    /** Loaded once at start-up: a malformed file stops the app rather than skewing deadlines. */
    @Bean
    HolidayCalendar holidayCalendar(CalendarProperties properties, ResourceLoader resourceLoader) {
        return new CalendarLoader(ResourcePatternUtils.getResourcePatternResolver(resourceLoader),
                properties.externalDir()).load();
    }
}
