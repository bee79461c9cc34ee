package com.lifeline.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which days are working days in mainland China: an explicit make-up workday is one, a holiday is
 * not, any other day is one from Monday to Friday. Dates in years without data therefore count
 * weekends only. Immutable.
 */
public final class HolidayCalendar {

    private final Map<Integer, CalendarYear> years;
    private final Map<LocalDate, CalendarYear> holidays = new HashMap<>();
    private final Map<LocalDate, CalendarYear> workdays = new HashMap<>();

    private HolidayCalendar(Collection<CalendarYear> calendarYears) {
        Map<Integer, CalendarYear> byYear = new TreeMap<>();
        for (CalendarYear year : calendarYears) {
            CalendarYear previous = byYear.put(year.year(), year);
            if (previous != null) {
                throw new IllegalArgumentException("Two calendars for " + year.year() + ": "
                        + previous.source() + " and " + year.source());
            }
            year.holidays().forEach(day -> holidays.put(day, year));
            year.workdays().forEach(day -> workdays.put(day, year));
        }
        this.years = Collections.unmodifiableMap(byYear);
        rejectDaysThatAreBothOffAndOn();
    }

    public static HolidayCalendar of(Collection<CalendarYear> years) {
        return new HolidayCalendar(years);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workdays.containsKey(day)) {
            return true;
        }
        if (holidays.containsKey(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public boolean hasData(int year) {
        return years.containsKey(year);
    }

    /** False for a year without data: there is nothing provisional about "no data". */
    public boolean isProvisional(int year) {
        CalendarYear data = years.get(year);
        return data != null && data.provisional();
    }

    /** The years with data, in ascending order. */
    public List<CalendarYear> years() {
        return List.copyOf(years.values());
    }

    private void rejectDaysThatAreBothOffAndOn() {
        workdays.forEach((day, year) -> {
            CalendarYear holidayYear = holidays.get(day);
            if (holidayYear != null) {
                throw new IllegalArgumentException(day + " is a holiday in " + holidayYear.source()
                        + " and a workday in " + year.source());
            }
        });
    }
}
