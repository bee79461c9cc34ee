package com.lifeline.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HolidayCalendarTest {

    private static final LocalDate NATIONAL_DAY = LocalDate.parse("2026-10-01");
    private static final LocalDate MAKE_UP_SATURDAY = LocalDate.parse("2026-10-10");

    private final HolidayCalendar calendar = HolidayCalendar.of(List.of(
            new CalendarYear(2026, false, Set.of(NATIONAL_DAY), Set.of(MAKE_UP_SATURDAY), "cn-2026.yaml"),
            new CalendarYear(2027, true, Set.of(), Set.of(), "cn-2027.yaml")));

    @Test
    void aMakeUpWorkdayIsWorkedEvenOnASaturday() {
        assertThat(calendar.isWorkingDay(MAKE_UP_SATURDAY)).isTrue();
    }

    @Test
    void aHolidayIsOffEvenOnAWeekday() {
        assertThat(calendar.isWorkingDay(NATIONAL_DAY)).isFalse();
    }

    @Test
    void otherDaysAreWorkedMondayToFriday() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-09"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-11"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2031-01-01"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2031-01-04"))).isFalse();
    }

    @Test
    void knowsWhichYearsHaveDataAndWhichAreProvisional() {
        assertThat(calendar.hasData(2026)).isTrue();
        assertThat(calendar.isProvisional(2026)).isFalse();
        assertThat(calendar.isProvisional(2027)).isTrue();
        assertThat(calendar.hasData(2028)).isFalse();
        assertThat(calendar.isProvisional(2028)).isFalse();
        assertThat(calendar.years()).extracting(CalendarYear::year).containsExactly(2026, 2027);
    }

    @Test
    void refusesADayThatIsBothOffAndWorked() {
        CalendarYear contradictory = new CalendarYear(2026, false, Set.of(NATIONAL_DAY), Set.of(NATIONAL_DAY), "cn-2026.yaml");
        assertThatThrownBy(() -> HolidayCalendar.of(List.of(contradictory)))
                .hasMessageContaining("2026-10-01").hasMessageContaining("cn-2026.yaml");
    }

    @Test
    void refusesTwoCalendarsForOneYear() {
        CalendarYear one = new CalendarYear(2026, false, Set.of(), Set.of(), "a/cn-2026.yaml");
        CalendarYear other = new CalendarYear(2026, false, Set.of(), Set.of(), "b/cn-2026.yaml");
        assertThatThrownBy(() -> HolidayCalendar.of(List.of(one, other)))
                .hasMessageContaining("a/cn-2026.yaml").hasMessageContaining("b/cn-2026.yaml");
    }
}
