package com.lifeline.calendar;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

import java.util.Date;
import java.util.OptionalInt;

/**
 * A Camunda business calendar that understands {@link WorkingDayExpression working-day
 * expressions} and hands every other expression, unchanged, to the calendar it replaces, so ISO
 * dates and durations keep their usual meaning and their usual errors.
 */
class WorkingDayBusinessCalendar implements BusinessCalendar {

    private final WorkingDays workingDays;
    private final BusinessCalendar camundaCalendar;

    WorkingDayBusinessCalendar(WorkingDays workingDays, BusinessCalendar camundaCalendar) {
        this.workingDays = workingDays;
        this.camundaCalendar = camundaCalendar;
    }

    /** Counts from the engine's current time. */
    @Override
    public Date resolveDuedate(String expression) {
        return resolveDuedate(expression, (Date) null);
    }

    /** Counts from {@code startDate}, or from the engine's current time when it is null. */
    @Override
    public Date resolveDuedate(String expression, Date startDate) {
        OptionalInt days = WorkingDayExpression.parse(expression);
        if (days.isEmpty()) {
            return camundaCalendar.resolveDuedate(expression, startDate);
        }
        Date start = startDate != null ? startDate : ClockUtil.getCurrentTime();
        return Date.from(workingDays.addWorkingDays(start.toInstant(), days.getAsInt()));
    }

    /** Task due and follow-up dates: counts from the task's creation. */
    @Override
    public Date resolveDuedate(String expression, Task task) {
        if (WorkingDayExpression.parse(expression).isEmpty()) {
            return camundaCalendar.resolveDuedate(expression, task);
        }
        return resolveDuedate(expression, task == null ? null : task.getCreateTime());
    }
}
