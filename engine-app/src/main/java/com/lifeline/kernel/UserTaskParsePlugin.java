package com.lifeline.kernel;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An engine plugin that sees every user task of every deployed model as the model is parsed (at
 * deployment and when the engine reloads it), to add listeners: models need nothing for it.
 */
public abstract class UserTaskParsePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    parsed(userTask, behavior.getTaskDefinition());
                }
            }
        });
    }

    /** One user task of a model being parsed: its XML element and the definition its tasks are made from. */
    protected abstract void parsed(Element userTask, TaskDefinition definition);

    /** The value of the task's extension property {@code name} ({@code <camunda:property>}), if set and not blank. */
    protected static Optional<String> property(Element userTask, String name) {
        Element extensions = userTask.element("extensionElements");
        if (extensions == null) {
            return Optional.empty();
        }
        for (Element properties : extensions.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties")) {
            for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
                String value = property.attribute("value");
                if (name.equals(property.attribute("name")) && value != null && !value.isBlank()) {
                    return Optional.of(value.strip());
                }
            }
        }
        return Optional.empty();
    }
}
