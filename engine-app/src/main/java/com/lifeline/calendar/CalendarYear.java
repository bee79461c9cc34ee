package com.lifeline.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * One year's official calendar: the days off that would otherwise be working days (or that sit
 * inside a holiday block) and the weekend days that are working days (调休上班).
 *
 * @param provisional true while the State Council notice for the year is not out yet
 * @param source      where the data came from, for error messages and the status endpoint
 */
public record CalendarYear(int year, boolean provisional, Set<LocalDate> holidays, Set<LocalDate> workdays, String source) {

    public CalendarYear {
        holidays = Set.copyOf(holidays);
        workdays = Set.copyOf(workdays);
    }
}
