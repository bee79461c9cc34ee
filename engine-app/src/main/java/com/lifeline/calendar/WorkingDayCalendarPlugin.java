package com.lifeline.calendar;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Lets models use {@code "1 working day"} in {@code camunda:dueDate}, {@code camunda:followUpDate}
 * and timers' {@code timeDuration}/{@code timeDate}. The Spring Boot starter applies every
 * {@code ProcessEnginePlugin} bean to the engine.
 */
@Component
public class WorkingDayCalendarPlugin extends AbstractProcessEnginePlugin {

    private final WorkingDays workingDays;

    public WorkingDayCalendarPlugin(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
        calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME,
                new WorkingDayBusinessCalendar(workingDays, new DueDateBusinessCalendar()));
        calendars.addBusinessCalendar(DurationBusinessCalendar.NAME,
                new WorkingDayBusinessCalendar(workingDays, new DurationBusinessCalendar()));
        // timer cycles stay Camunda's: the engine casts this calendar to CycleBusinessCalendar
        calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
        configuration.setBusinessCalendarManager(calendars);
    }
}
