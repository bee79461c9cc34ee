package com.lifeline.calendar;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** application.yml's defaults bind to the record, without starting the app. */
class CalendarPropertiesTest {

    @Test
    void applicationYmlHasTheDefaults() throws IOException {
        CalendarProperties properties = bind(Map.of());

        assertThat(properties.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(properties.warnFromMonthDay()).isEqualTo(MonthDay.of(11, 1));
        assertThat(properties.externalDir()).isEmpty();
    }

    @Test
    void theFolderCanComeFromTheEnvironment() throws IOException {
        CalendarProperties properties = bind(Map.of("LIFELINE_CALENDAR_DIR", "/srv/lifeline/calendar"));

        assertThat(properties.externalDir()).contains(Path.of("/srv/lifeline/calendar"));
    }

    private static CalendarProperties bind(Map<String, Object> environmentVariables) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("env", environmentVariables));
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment).bindOrCreate("lifeline.calendar", CalendarProperties.class);
    }
}
