package com.lifeline.calendar;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Optional;

/** The packaged calendar files and Shanghai times, shared by the calendar tests. */
final class TestCalendars {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private TestCalendars() {
    }

    static HolidayCalendar packaged() {
        return new CalendarLoader(new PathMatchingResourcePatternResolver(), Optional.empty()).load();
    }

    static CalendarProperties properties() {
        return new CalendarProperties(SHANGHAI, null, MonthDay.of(11, 1));
    }

    static CalendarProperties propertiesWithDir(Path dir) {
        return new CalendarProperties(SHANGHAI, dir.toString(), MonthDay.of(11, 1));
    }

    static WorkingDays packagedWorkingDays() {
        return new WorkingDays(packaged(), properties());
    }

    /** An instant given as Shanghai local time, e.g. {@code "2026-10-09T10:00"}. */
    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
