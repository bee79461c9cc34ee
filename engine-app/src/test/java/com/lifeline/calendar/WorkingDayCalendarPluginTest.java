package com.lifeline.calendar;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import static com.lifeline.calendar.TestCalendars.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The calendars the plugin gives the engine, without starting one. */
class WorkingDayCalendarPluginTest {

    private static final Date FRIDAY_BEFORE_MAKE_UP_SATURDAY = Date.from(shanghai("2026-10-09T10:00"));

    private final BusinessCalendarManager calendars = configuredCalendars();
    private final BusinessCalendar dueDate = calendars.getBusinessCalendar("dueDate");
    private final BusinessCalendar duration = calendars.getBusinessCalendar("duration");

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void resolvesWorkingDaysFromTheStartDate() {
        assertThat(dueDate.resolveDuedate("1 working day", FRIDAY_BEFORE_MAKE_UP_SATURDAY))
                .isEqualTo(Date.from(shanghai("2026-10-10T10:00")));
        assertThat(duration.resolveDuedate(" 2 Working Days ", FRIDAY_BEFORE_MAKE_UP_SATURDAY))
                .isEqualTo(Date.from(shanghai("2026-10-12T10:00")));
        assertThat(duration.resolveDuedate("3个工作日", FRIDAY_BEFORE_MAKE_UP_SATURDAY))
                .isEqualTo(Date.from(shanghai("2026-10-13T10:00")));
    }

    @Test
    void withoutAStartDateCountsFromTheEngineClock() {
        ClockUtil.setCurrentTime(Date.from(shanghai("2026-09-30T10:00")));

        assertThat(dueDate.resolveDuedate("1 working day")).isEqualTo(Date.from(shanghai("2026-10-08T10:00")));
        assertThat(duration.resolveDuedate("1 working day", (Date) null)).isEqualTo(Date.from(shanghai("2026-10-08T10:00")));
    }

    @Test
    void aTaskDueDateCountsFromTheTaskCreation() {
        Task task = mock(Task.class);
        when(task.getCreateTime()).thenReturn(FRIDAY_BEFORE_MAKE_UP_SATURDAY);

        assertThat(dueDate.resolveDuedate("1 working day", task)).isEqualTo(Date.from(shanghai("2026-10-10T10:00")));
    }

    @Test
    void isoDurationsAndDatesKeepTheirMeaning() {
        Instant start = FRIDAY_BEFORE_MAKE_UP_SATURDAY.toInstant();

        assertThat(duration.resolveDuedate("PT2H", FRIDAY_BEFORE_MAKE_UP_SATURDAY)).isEqualTo(Date.from(start.plus(Duration.ofHours(2))));
        assertThat(duration.resolveDuedate("P7D", FRIDAY_BEFORE_MAKE_UP_SATURDAY)).isEqualTo(Date.from(start.plus(Duration.ofDays(7))));
        assertThat(dueDate.resolveDuedate("P7D", FRIDAY_BEFORE_MAKE_UP_SATURDAY)).isEqualTo(Date.from(start.plus(Duration.ofDays(7))));
        assertThat(dueDate.resolveDuedate("2026-12-01T10:00:00Z")).isEqualTo(Date.from(Instant.parse("2026-12-01T10:00:00Z")));
    }

    @Test
    void aBadExpressionFailsAsCamundaWould() {
        String camundasMessage = catchMessage(() -> new DurationBusinessCalendar().resolveDuedate("1 workday", FRIDAY_BEFORE_MAKE_UP_SATURDAY));

        assertThatThrownBy(() -> duration.resolveDuedate("1 workday", FRIDAY_BEFORE_MAKE_UP_SATURDAY))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessage(camundasMessage);
        assertThatThrownBy(() -> dueDate.resolveDuedate("1 workday", mock(Task.class)))
                .isInstanceOf(ProcessEngineException.class);
    }

    @Test
    void timerCyclesStayCamundas() {
        assertThat(calendars.getBusinessCalendar("cycle")).isExactlyInstanceOf(CycleBusinessCalendar.class);
    }

    private static BusinessCalendarManager configuredCalendars() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        new WorkingDayCalendarPlugin(TestCalendars.packagedWorkingDays()).preInit(configuration);
        return configuration.getBusinessCalendarManager();
    }

    private static String catchMessage(Runnable camundaCall) {
        try {
            camundaCall.run();
        } catch (ProcessEngineException e) {
            return e.getMessage();
        }
        throw new AssertionError("Camunda accepted the expression");
    }
}
