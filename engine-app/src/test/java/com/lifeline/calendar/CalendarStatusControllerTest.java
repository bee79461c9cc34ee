package com.lifeline.calendar;

import com.lifeline.calendar.CalendarStatusController.CalendarStatus;
import com.lifeline.calendar.CalendarStatusController.YearStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarStatusControllerTest {

    @Test
    void reportsTheYearsTheZoneAndTheCurrentWarning() {
        HolidayCalendar calendar = TestCalendars.packaged();
        CalendarProperties properties = TestCalendars.properties();
        CalendarYearCheck yearCheck = new CalendarYearCheck(calendar, properties);

        CalendarStatus status = new CalendarStatusController(calendar, properties, yearCheck).status();

        assertThat(status.years()).containsExactly(new YearStatus(2026, false), new YearStatus(2027, true));
        assertThat(status.zone()).isEqualTo("Asia/Shanghai");
        assertThat(status.warning()).isEqualTo(yearCheck.warningOn(LocalDate.now(TestCalendars.SHANGHAI)).orElse(null));
    }
}
