package com.lifeline.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * Reminds the admin, from {@code lifeline.calendar.warn-from-month-day} on, that next year's
 * calendar is missing or provisional: without it next year's deadlines count weekends only.
 * Checked at start-up and on {@code GET /api/calendar/status}.
 */
@Component
public class CalendarYearCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CalendarYearCheck.class);

    private final HolidayCalendar calendar;
    private final CalendarProperties properties;

    public CalendarYearCheck(HolidayCalendar calendar, CalendarProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        currentWarning().ifPresent(log::warn);
    }

    public Optional<String> currentWarning() {
        return warningOn(LocalDate.now(properties.zone()));
    }

    Optional<String> warningOn(LocalDate today) {
        if (MonthDay.from(today).isBefore(properties.warnFromMonthDay())) {
            return Optional.empty();
        }
        int nextYear = today.getYear() + 1;
        String file = "cn-" + nextYear + ".yaml";
        if (!calendar.hasData(nextYear)) {
            return Optional.of("No working-day calendar for " + nextYear + ": add " + file + " to " + folder()
                    + " from the State Council holiday notice and restart; until then " + nextYear
                    + " has no holidays, only weekends off.");
        }
        if (calendar.isProvisional(nextYear)) {
            return Optional.of("The working-day calendar for " + nextYear + " is provisional: update " + file
                    + " in " + folder() + " from the State Council holiday notice, remove 'provisional: true'"
                    + " and restart.");
        }
        return Optional.empty();
    }

    private String folder() {
        return properties.externalDir()
                .map(dir -> dir.toAbsolutePath().toString())
                .orElse("the repository's calendar/ folder (or a folder set as lifeline.calendar.dir)");
    }
}
