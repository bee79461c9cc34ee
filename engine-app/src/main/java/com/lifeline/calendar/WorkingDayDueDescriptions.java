package com.lifeline.calendar;

import com.lifeline.kernel.UserTaskParsePlugin;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.OptionalInt;

/**
 * Tasklist counts "due in 1 day" in calendar days. For a task whose due date is a working-day rule
 * (camunda:dueDate="1 working day") the task's description says so, with the deadline in local
 * time: "截止 2026-12-07 10:00(1 个工作日内,不含周末和法定节假日)", after the model's own text if any.
 */
@Component
class WorkingDayDueDescriptions extends UserTaskParsePlugin {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    WorkingDayDueDescriptions(CalendarProperties properties) {
        this.zone = properties.zone();
    }

    @Override
    protected void parsed(Element userTask, TaskDefinition definition) {
        OptionalInt days = WorkingDayExpression.parse(userTask.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "dueDate"));
        if (days.isPresent()) {
            definition.addTaskListener(TaskListener.EVENTNAME_CREATE, task -> describe(task, days.getAsInt()));
        }
    }

    private void describe(DelegateTask task, int workingDays) {
        if (task.getDueDate() == null) {
            return;
        }
        String deadline = "截止 " + TIME.format(task.getDueDate().toInstant().atZone(zone))
                + "(" + workingDays + " 个工作日内,不含周末和法定节假日)";
        String own = task.getDescription();
        task.setDescription(own == null || own.isBlank() ? deadline : own.strip() + " " + deadline);
    }
}
