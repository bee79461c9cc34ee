package com.lifeline.inbox;

import com.lifeline.kernel.UserTaskParsePlugin;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one place task notifications are wired: every user task of every deployed model gets a
 * {@code create} and an {@code assignment} listener that hands over to {@link TaskNotifications}.
 * Models need nothing; a task whose model sets {@code <camunda:property name="lifeline.taskEmail" value="none" />}
 * gets no per-task email, because its process tells the assignee another way (the quarterly sweep sends
 * each owner one summary instead of one email per customer). The service is looked up when a task event happens, because it needs
 * engine services and the engine is built after its plugins.
 */
@Component
public class TaskNotificationPlugin extends UserTaskParsePlugin {

    private final ObjectProvider<TaskNotifications> notifications;
    private final TaskListener listener = this::notify;

    TaskNotificationPlugin(ObjectProvider<TaskNotifications> notifications) {
        this.notifications = notifications;
    }

    static final String EMAIL_PROPERTY = "lifeline.taskEmail";
    static final String NO_EMAIL = "none";

    @Override
    protected void parsed(Element userTask, TaskDefinition definition) {
        if (property(userTask, EMAIL_PROPERTY).filter(NO_EMAIL::equals).isPresent()) {
            return;
        }
        definition.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
        definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
    }

    private void notify(DelegateTask task) {
        notifications.getObject().onTaskEvent(task);
    }
}
