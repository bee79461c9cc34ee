package com.lifeline.formguard;

import com.lifeline.privacy.TaskFormData;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.beans.factory.ObjectProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * Reads, from what is deployed, which variables a start event or user task lets a user submit: the
 * fields of its Camunda Form (or generated form fields), plus the names the model lists in the
 * element's {@code lifeline.allowedVariables} property. Deployed resources, so a designer's change to a
 * form or model takes effect with its deployment, with no Java change. Reads as the system, so the
 * answer does not depend on what else the user may read; the engine still checks what they may do.
 */
final class DeclaredFieldsReader {

    /** camunda:property on a start event or user task: extra variable names, comma separated. */
    static final String ALLOWED_VARIABLES = "lifeline.allowedVariables";

    private final ProcessEngineConfigurationImpl engine;
    private final ObjectProvider<TaskFormData> formData;

    DeclaredFieldsReader(ProcessEngineConfigurationImpl engine, ObjectProvider<TaskFormData> formData) {
        this.engine = engine;
        this.formData = formData;
    }

    /** For the start a command would make (by definition id, else the latest version of the key); null if none. */
    DeclaredFields forStart(String processDefinitionId, String processDefinitionKey) {
        return asSystem(() -> {
            String definitionId = definitionId(processDefinitionId, processDefinitionKey);
            return definitionId == null ? null : startFields(definitionId);
        });
    }

    private DeclaredFields startFields(String processDefinitionId) throws Exception {
        FormService forms = engine.getFormService();
        DeclaredFields form = declared(forms.getStartFormData(processDefinitionId),
                () -> forms.getDeployedStartForm(processDefinitionId));
        return form.plus(modelAllowed(processDefinitionId, initialStartEventId(processDefinitionId)));
    }

    /** What completing this task may set; null if there is no such task. */
    DeclaredFields forTask(String taskId) {
        return asSystem(() -> {
            Task task = taskId == null ? null : engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
            if (task == null) {
                return null;
            }
            FormService forms = engine.getFormService();
            DeclaredFields form = declared(forms.getTaskFormData(taskId), () -> forms.getDeployedTaskForm(taskId));
            return task.getProcessDefinitionId() == null ? form
                    : form.plus(modelAllowed(task.getProcessDefinitionId(), task.getTaskDefinitionKey()));
        });
    }

    /**
     * The value a display-only field was shown with: what the task's form data provider serves (read
     * from the store, as Tasklist got it), else the task's variable.
     */
    Object currentValue(String taskId, String name) {
        return asSystem(() -> {
            Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
            Map<String, Object> served = task == null ? Map.of() : served(task);
            return served.containsKey(name) ? served.get(name) : engine.getTaskService().getVariableTyped(taskId, name, false);
        });
    }

    private Map<String, Object> served(Task task) {
        try {
            return formData.orderedStream()
                    .filter(provider -> provider.taskDefinitionKeys().contains(task.getTaskDefinitionKey()))
                    .findFirst().map(provider -> provider.valuesFor(task)).orElse(Map.of());
        } catch (RuntimeException unreadable) {
            // the provider cannot read this instance (its variables are not what the model sets), so its
            // form showed no values either: a submitted read-only value then counts as a change
            return Map.of();
        }
    }

    private String definitionId(String id, String key) {
        var query = engine.getRepositoryService().createProcessDefinitionQuery();
        if (id != null) {
            query.processDefinitionId(id);
        } else if (key != null) {
            query.processDefinitionKey(key).latestVersion();
        } else {
            return null;
        }
        var definitions = query.list();
        return definitions.size() == 1 ? definitions.get(0).getId() : null;
    }

    private static DeclaredFields declared(FormData data, Callable<InputStream> deployedForm) throws Exception {
        if (data == null) {
            return DeclaredFields.NONE;
        }
        boolean camundaForm = data.getCamundaFormRef() != null
                || (data.getFormKey() != null && data.getFormKey().startsWith("camunda-forms:"));
        if (camundaForm) {
            try (InputStream form = deployedForm.call()) {
                return FormSchema.read(form);
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable deployed form", e);
            }
        }
        Set<String> generated = data.getFormFields() == null ? Set.of()
                : data.getFormFields().stream().map(FormField::getId).collect(Collectors.toSet());
        return new DeclaredFields(generated, Set.of());
    }

    private Set<String> modelAllowed(String processDefinitionId, String elementId) {
        if (elementId == null) {
            return Set.of();
        }
        RepositoryService repository = engine.getRepositoryService();
        BaseElement element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(elementId);
        ExtensionElements extensions = element == null ? null : element.getExtensionElements();
        if (extensions == null) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
            for (CamundaProperty property : properties.getCamundaProperties()) {
                if (ALLOWED_VARIABLES.equals(property.getCamundaName()) && property.getCamundaValue() != null) {
                    Arrays.stream(property.getCamundaValue().split("[,\\s]+"))
                            .filter(n -> !n.isBlank()).forEach(names::add);
                }
            }
        }
        return names;
    }

    /** The process's none start event: the one a start form, REST /start or the Java API start at. */
    private String initialStartEventId(String processDefinitionId) {
        String key = engine.getRepositoryService().getProcessDefinition(processDefinitionId).getKey();
        BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(processDefinitionId);
        Process process = model.getModelElementById(key);
        if (process == null) {
            return null;
        }
        return process.getChildElementsByType(StartEvent.class).stream()
                .filter(start -> start.getEventDefinitions().isEmpty())
                .map(StartEvent::getId)
                .findFirst().orElse(null);
    }

    private <T> T asSystem(Callable<T> read) {
        return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(read));
    }
}
