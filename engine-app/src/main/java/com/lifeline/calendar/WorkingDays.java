package com.lifeline.calendar;

import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Working-day arithmetic on the mainland China calendar ({@link HolidayCalendar}), with days
 * starting and ending in {@code lifeline.calendar.zone}.
 *
 * <p>{@link #addWorkingDays(Instant, int)} counts like this:
 * <ul>
 *   <li>Start on a working day: the same local time on the Nth following working day. Friday
 *       15:00 + 1 is Monday 15:00; holidays are skipped and a make-up Saturday counts.</li>
 *   <li>Start on a non-working day: counting begins at 00:00 of the next working day, so the
 *       result is 00:00 of the day after the Nth working day, i.e. N whole working days. Saturday
 *       10:00 + 1 is Tuesday 00:00 (all of Monday); + 0 is 00:00 of that next working day.</li>
 * </ul>
 */
@Service
public class WorkingDays {

    private final HolidayCalendar calendar;
    private final ZoneId zone;

    public WorkingDays(HolidayCalendar calendar, CalendarProperties properties) {
        this.calendar = calendar;
        this.zone = properties.zone();
    }

    /**
     * @param days zero or more
     * @see WorkingDays the counting rules
     */
    public Instant addWorkingDays(Instant start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        ZonedDateTime local = start.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (calendar.isWorkingDay(day)) {
            return ZonedDateTime.of(nthWorkingDayAfter(day, days), local.toLocalTime(), zone).toInstant();
        }
        LocalDate firstWorkingDay = nthWorkingDayAfter(day, 1);
        if (days == 0) {
            return firstWorkingDay.atStartOfDay(zone).toInstant();
        }
        LocalDate lastWorkingDay = nthWorkingDayAfter(firstWorkingDay, days - 1);
        return lastWorkingDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    /**
     * Full working days elapsed: the largest N with {@code addWorkingDays(from, N)} not after
     * {@code to}; 0 when {@code to} is not after {@code from}.
     */
    public int workingDaysBetween(Instant from, Instant to) {
        ZonedDateTime start = from.atZone(zone);
        LocalDate startDay = start.toLocalDate();
        boolean startsOnWorkingDay = calendar.isWorkingDay(startDay);
        LocalDate lastDay = to.atZone(zone).toLocalDate();
        int elapsed = 0;
        for (LocalDate day = startDay.plusDays(1); !day.isAfter(lastDay); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day) && !endOfWorkingDay(day, start, startsOnWorkingDay).isAfter(to)) {
                elapsed++;
            }
        }
        return elapsed;
    }

    /** When working day {@code day} is used up, by the same rules as {@link #addWorkingDays}. */
    private Instant endOfWorkingDay(LocalDate day, ZonedDateTime start, boolean startsOnWorkingDay) {
        return startsOnWorkingDay
                ? ZonedDateTime.of(day, start.toLocalTime(), zone).toInstant()
                : day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private LocalDate nthWorkingDayAfter(LocalDate day, int n) {
        LocalDate current = day;
        for (int found = 0; found < n; ) {
            current = current.plusDays(1);
            if (calendar.isWorkingDay(current)) {
                found++;
            }
        }
        return current;
    }
}
