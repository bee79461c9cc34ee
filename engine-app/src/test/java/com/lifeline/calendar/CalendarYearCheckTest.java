package com.lifeline.calendar;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarYearCheckTest {

    private final HolidayCalendar packaged = TestCalendars.packaged();

    @Test
    void noWarningBeforeNovember() {
        CalendarYearCheck check = new CalendarYearCheck(packaged, TestCalendars.properties());

        assertThat(check.warningOn(LocalDate.parse("2026-10-31"))).isEmpty();
        assertThat(check.warningOn(LocalDate.parse("2027-10-31"))).isEmpty();
    }

    @Test
    void fromNovemberWarnsThatNextYearIsProvisional() {
        CalendarYearCheck check = new CalendarYearCheck(packaged, TestCalendars.properties());

        assertThat(check.warningOn(LocalDate.parse("2026-11-01"))).hasValueSatisfying(warning -> assertThat(warning)
                .contains("2027", "provisional", "cn-2027.yaml", "calendar/"));
    }

    @Test
    void fromNovemberWarnsThatNextYearIsMissing() {
        CalendarYearCheck check = new CalendarYearCheck(packaged, TestCalendars.properties());

        assertThat(check.warningOn(LocalDate.parse("2027-11-01"))).hasValueSatisfying(warning -> assertThat(warning)
                .contains("No working-day calendar for 2028", "cn-2028.yaml"));
        assertThat(check.warningOn(LocalDate.parse("2027-12-31"))).isPresent();
    }

    @Test
    void noWarningWhenNextYearIsFinal() {
        CalendarYearCheck check = new CalendarYearCheck(packaged, TestCalendars.properties());

        assertThat(check.warningOn(LocalDate.parse("2025-11-01"))).isEmpty();
    }

    @Test
    void namesTheAdminsFolderWhenOneIsSet() {
        Path dir = Path.of("/srv/lifeline/calendar");
        CalendarYearCheck check = new CalendarYearCheck(HolidayCalendar.of(List.of()), TestCalendars.propertiesWithDir(dir));

        assertThat(check.warningOn(LocalDate.parse("2026-11-01"))).hasValueSatisfying(warning -> assertThat(warning)
                .contains("cn-2027.yaml", dir.toAbsolutePath().toString()));
    }

    @Test
    void warnsFromTheConfiguredDay() {
        HolidayCalendar only2026 = HolidayCalendar.of(List.of(new CalendarYear(2026, false, Set.of(), Set.of(), "cn-2026.yaml")));
        CalendarProperties fromDecember = new CalendarProperties(TestCalendars.SHANGHAI, null, MonthDay.of(12, 1));
        CalendarYearCheck check = new CalendarYearCheck(only2026, fromDecember);

        assertThat(check.warningOn(LocalDate.parse("2026-11-30"))).isEmpty();
        assertThat(check.warningOn(LocalDate.parse("2026-12-01"))).isPresent();
    }
}
