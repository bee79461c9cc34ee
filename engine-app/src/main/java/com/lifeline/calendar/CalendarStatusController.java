package com.lifeline.calendar;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Lets an admin see which years the working-day calendar covers without reading the logs. */
@RestController
@RequestMapping("/api/calendar")
public class CalendarStatusController {

    public record YearStatus(int year, boolean provisional) {
    }

    /** @param warning what the admin has to do about next year, or null when nothing */
    public record CalendarStatus(List<YearStatus> years, String zone, String warning) {
    }

    private final HolidayCalendar calendar;
    private final CalendarProperties properties;
    private final CalendarYearCheck yearCheck;

    public CalendarStatusController(HolidayCalendar calendar, CalendarProperties properties, CalendarYearCheck yearCheck) {
        this.calendar = calendar;
        this.properties = properties;
        this.yearCheck = yearCheck;
    }

    @GetMapping("/status")
    public CalendarStatus status() {
        List<YearStatus> years = calendar.years().stream()
                .map(year -> new YearStatus(year.year(), year.provisional()))
                .toList();
        return new CalendarStatus(years, properties.zone().getId(), yearCheck.currentWarning().orElse(null));
    }
}
