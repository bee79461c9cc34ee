package com.lifeline.calendar;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static com.lifeline.calendar.TestCalendars.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTest {

    private final WorkingDays workingDays = TestCalendars.packagedWorkingDays();

    @Test
    void fridayPlusOneIsMondayAtTheSameTime() {
        assertThat(workingDays.addWorkingDays(shanghai("2026-03-06T15:00"), 1)).isEqualTo(shanghai("2026-03-09T15:00"));
    }

    @Test
    void skipsTheNationalDayHoliday() {
        assertThat(workingDays.addWorkingDays(shanghai("2026-09-30T10:00"), 1)).isEqualTo(shanghai("2026-10-08T10:00"));
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDay() {
        assertThat(workingDays.addWorkingDays(shanghai("2026-10-09T10:00"), 1)).isEqualTo(shanghai("2026-10-10T10:00"));
    }

    @Test
    void fromASaturdayTheWholeNextWorkingDayCounts() {
        assertThat(workingDays.addWorkingDays(shanghai("2026-03-07T10:00"), 1)).isEqualTo(shanghai("2026-03-10T00:00"));
    }

    @Test
    void fromAHolidayCountingStartsAfterTheHoliday() {
        assertThat(workingDays.addWorkingDays(shanghai("2026-10-01T10:00"), 1)).isEqualTo(shanghai("2026-10-09T00:00"));
    }

    @Test
    void zeroDaysIsTheStartOnAWorkingDayAndTheNextWorkingDaysMidnightOtherwise() {
        assertThat(workingDays.addWorkingDays(shanghai("2026-03-09T15:00"), 0)).isEqualTo(shanghai("2026-03-09T15:00"));
        assertThat(workingDays.addWorkingDays(shanghai("2026-03-07T10:00"), 0)).isEqualTo(shanghai("2026-03-09T00:00"));
    }

    @Test
    void severalDays() {
        assertThat(workingDays.addWorkingDays(shanghai("2026-03-09T09:00"), 5)).isEqualTo(shanghai("2026-03-16T09:00"));
        assertThat(workingDays.addWorkingDays(shanghai("2026-03-07T10:00"), 5)).isEqualTo(shanghai("2026-03-14T00:00"));
        // Spring Festival: Sat 02-14 is a make-up day, 02-15..02-23 are off
        assertThat(workingDays.addWorkingDays(shanghai("2026-02-13T09:00"), 2)).isEqualTo(shanghai("2026-02-24T09:00"));
    }

    @Test
    void aYearWithoutDataHasWeekendsOffOnly() {
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2030-01-01"))).isTrue();
        assertThat(workingDays.addWorkingDays(shanghai("2030-01-04T15:00"), 1)).isEqualTo(shanghai("2030-01-07T15:00"));
        assertThat(workingDays.addWorkingDays(shanghai("2029-12-31T15:00"), 1)).isEqualTo(shanghai("2030-01-01T15:00"));
    }

    @Test
    void daysFollowShanghaiNotUtc() {
        // Wednesday 23:00 UTC is already National Day, a holiday, in Shanghai
        Instant start = Instant.parse("2026-09-30T23:00:00Z");
        assertThat(workingDays.addWorkingDays(start, 1)).isEqualTo(Instant.parse("2026-10-08T16:00:00Z"));
        // Friday 17:00 UTC is Saturday 01:00 in Shanghai
        assertThat(workingDays.addWorkingDays(Instant.parse("2026-03-06T17:00:00Z"), 1))
                .isEqualTo(shanghai("2026-03-10T00:00"));
    }

    @Test
    void refusesNegativeDays() {
        assertThatThrownBy(() -> workingDays.addWorkingDays(shanghai("2026-03-09T09:00"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsFullWorkingDaysElapsed() {
        assertThat(workingDays.workingDaysBetween(shanghai("2026-03-06T15:00"), shanghai("2026-03-09T14:59"))).isZero();
        assertThat(workingDays.workingDaysBetween(shanghai("2026-03-06T15:00"), shanghai("2026-03-09T15:00"))).isEqualTo(1);
        assertThat(workingDays.workingDaysBetween(shanghai("2026-09-30T10:00"), shanghai("2026-10-08T10:00"))).isEqualTo(1);
        assertThat(workingDays.workingDaysBetween(shanghai("2026-03-07T10:00"), shanghai("2026-03-09T23:59"))).isZero();
        assertThat(workingDays.workingDaysBetween(shanghai("2026-03-07T10:00"), shanghai("2026-03-10T00:00"))).isEqualTo(1);
        assertThat(workingDays.workingDaysBetween(shanghai("2026-03-09T10:00"), shanghai("2026-03-06T10:00"))).isZero();
    }

    @Test
    void workingDaysBetweenUndoesAddWorkingDays() {
        for (Instant start = shanghai("2026-01-01T00:00"); start.isBefore(shanghai("2027-01-10T00:00"));
             start = start.plusSeconds(7 * 3600)) {
            for (int days = 0; days <= 12; days++) {
                Instant due = workingDays.addWorkingDays(start, days);
                assertThat(workingDays.workingDaysBetween(start, due)).as("%s + %d", start, days).isEqualTo(days);
                assertThat(workingDays.workingDaysBetween(start, due.minusSeconds(1))).as("%s + %d - 1s", start, days)
                        .isEqualTo(Math.max(0, days - 1));
            }
        }
    }
}
