package com.lifeline.inbox;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place task notifications are wired: every user task of every deployed model gets a
 * {@code create} and an {@code assignment} listener that hands over to {@link TaskNotifications}.
 * Models need nothing. The service is looked up when a task event happens, because it needs
 * engine services and the engine is built after its plugins.
 */
@Component
public class TaskNotificationPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TaskNotifications> notifications;

    TaskNotificationPlugin(ObjectProvider<TaskNotifications> notifications) {
        this.notifications = notifications;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        TaskListener listener = this::notify;
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    TaskDefinition definition = behavior.getTaskDefinition();
                    definition.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
                    definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
                }
            }
        });
    }

    private void notify(DelegateTask task) {
        notifications.getObject().onTaskEvent(task);
    }
}
