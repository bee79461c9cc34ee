package com.lifeline.taskkind;

import com.lifeline.kernel.UserTaskParsePlugin;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;


/**
 * Every user task of every deployed model that declares a {@link TaskKind} gets a {@code create} listener
 * writing the kind into the new task. The model is the only source: a designer adds the property and
 * the next deployment's tasks carry it, with no Java change. Users cannot set the variable themselves
 * (the form guard refuses variables sent outside a form).
 */
@Component
public class TaskKindPlugin extends UserTaskParsePlugin {

    @Override
    protected void parsed(Element userTask, TaskDefinition definition) {
        property(userTask, TaskKind.PROPERTY).ifPresent(kind -> definition.addTaskListener(TaskListener.EVENTNAME_CREATE,
                task -> task.setVariableLocal(TaskKind.VARIABLE, kind)));
    }
}
