package com.lifeline.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.DefaultBpmnParseFactory;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static checks on the models in {@code processes/} and the Camunda Forms in {@code forms/}: what the
 * Modeler, the engine and Tasklist need, and the house rules (names, diagram, forms, no scripts).
 * No Spring and no engine: a broken model should fail here in a second, not at application start-up.
 */
class ProcessModelFilesTest {

    /** Surefire runs in the module directory; models and forms live beside it at the top level. */
    static final Path PROCESSES = Path.of("..", "processes");
    static final Path FORMS = Path.of("..", "forms");

    static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";

    /** Tasklist of Camunda 7.24 renders forms with form-js 1.8.7, whose schema version is 16. */
    static final int TASKLIST_FORM_SCHEMA_VERSION = 16;

    /** Component types form-js 1.8 renders; newer ones (filepicker, documentPreview, …) would not. */
    static final Set<String> FORM_JS_18_TYPES = Set.of(
            "textfield", "textarea", "number", "datetime", "expression",
            "checkbox", "checklist", "radio", "select", "taglist",
            "text", "image", "table", "html", "spacer", "separator",
            "group", "dynamiclist", "iframe", "button");

    static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> models() throws IOException {
        return list(PROCESSES, ".bpmn").stream();
    }

    static Stream<Path> forms() throws IOException {
        return list(FORMS, ".form").stream();
    }

    static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void thereAreModelsAndForms() throws IOException {
        assertThat(list(PROCESSES, ".bpmn")).as("models in %s", PROCESSES.toAbsolutePath()).isNotEmpty();
        assertThat(list(FORMS, ".form")).as("forms in %s", FORMS.toAbsolutePath()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void modelTargetsCamunda724AndKeepsHistoryForAWhile(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());

        var definitions = model.getDefinitions().getDomElement();
        assertThat(definitions.getAttribute(MODELER_NS, "executionPlatform")).isEqualTo("Camunda Platform");
        assertThat(definitions.getAttribute(MODELER_NS, "executionPlatformVersion")).isEqualTo("7.24.0");

        var processes = model.getModelElementsByType(Process.class);
        assertThat(processes).isNotEmpty();
        for (Process process : processes) {
            assertThat(process.getCamundaHistoryTimeToLiveString())
                    .as("historyTimeToLive of %s", process.getId()).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyElementIsNamedAndDrawn(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());

        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
            DiagramElement shape = node.getDiagramElement();
            assertThat(shape).as("diagram shape of %s", node.getId()).isInstanceOf(BpmnShape.class);
            assertThat(((BpmnShape) shape).getBounds()).as("bounds of %s", node.getId()).isNotNull();
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            DiagramElement edge = flow.getDiagramElement();
            assertThat(edge).as("diagram edge of %s", flow.getId()).isInstanceOf(BpmnEdge.class);
            assertThat(((BpmnEdge) edge).getWaypoints()).as("waypoints of %s", flow.getId()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void userTasksHaveADeployedFormAndSomeoneToDoThem(Path file) throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());

        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaFormRef()).as("formRef of %s", task.getId()).isNotBlank();
            assertFormReference(task, task.getCamundaFormRef(), task.getCamundaFormRefBinding());
            assertThat(isSet(task.getCamundaAssignee()) || isSet(task.getCamundaCandidateGroups()))
                    .as("%s has an assignee or a candidate group", task.getId()).isTrue();
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (start.getCamundaFormRef() != null) {
                assertFormReference(start, start.getCamundaFormRef(), start.getCamundaFormRefBinding());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void containsNoScripts(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());

        assertThat(model.getModelElementsByType(ScriptTask.class)).as("script tasks").isEmpty();
        assertThat(model.getModelElementsByType(CamundaScript.class)).as("camunda:script in listeners or mappings").isEmpty();
        for (ConditionExpression condition : model.getModelElementsByType(ConditionExpression.class)) {
            assertThat(condition.getLanguage()).as("script language of a condition").isNull();
        }
    }

    /**
     * The engine's own parser (the one deployment uses) must accept the model without errors. It needs a
     * configuration in the context for a few settings, but no engine and no database.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theEngineParserAcceptsTheModel(Path file) throws IOException {
        var configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setEnforceHistoryTimeToLive(true);
        // input/output mappings (routing in the models) are parsed with the configuration's expression manager
        configuration.setExpressionManager(new JuelExpressionManager());
        Context.setProcessEngineConfiguration(configuration);
        try (InputStream in = Files.newInputStream(file)) {
            DeploymentEntity deployment = new DeploymentEntity();
            deployment.setId("model-files-test");
            BpmnParse parse = (BpmnParse) new BpmnParser(configuration.getExpressionManager(), new DefaultBpmnParseFactory())
                    .createParse()
                    .sourceInputStream(in)
                    .deployment(deployment)
                    .name(file.getFileName().toString());
            parse.execute();

            List<String> problems = new ArrayList<>();
            for (Problem problem : parse.getProblems()) {
                problems.add(problem.getMessage() + " @" + problem.getMainElementId());
            }
            assertThat(problems).as("problems the engine reports").isEmpty();
            assertThat(parse.getProcessDefinitions()).isNotEmpty();
        } finally {
            Context.removeProcessEngineConfiguration();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void formRendersInTasklist(Path file) throws IOException {
        JsonNode form = JSON.readTree(file.toFile());
        String fileId = file.getFileName().toString().replaceFirst("\\.form$", "");

        assertThat(form.path("id").asText()).as("id (what camunda:formRef names)").isEqualTo(fileId);
        assertThat(form.path("type").asText()).isEqualTo("default");
        assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
        assertThat(form.path("schemaVersion").isInt()).as("schemaVersion").isTrue();
        assertThat(form.path("schemaVersion").asInt())
                .as("schemaVersion (Tasklist's form-js 1.8 knows up to %d)", TASKLIST_FORM_SCHEMA_VERSION)
                .isBetween(1, TASKLIST_FORM_SCHEMA_VERSION);

        List<JsonNode> components = new ArrayList<>();
        collect(form, components);
        assertThat(components).isNotEmpty();

        Set<String> ids = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (JsonNode component : components) {
            String id = component.path("id").asText("");
            assertThat(id).as("component id in %s", fileId).isNotBlank();
            assertThat(ids.add(id)).as("component id %s is unique in %s", id, fileId).isTrue();
            assertThat(FORM_JS_18_TYPES).as("type of %s", id).contains(component.path("type").asText());
            if (component.hasNonNull("key")) {
                String key = component.get("key").asText();
                assertThat(keys.add(key)).as("key %s is unique in %s", key, fileId).isTrue();
            }
        }
    }

    private static void assertFormReference(BaseElement element, String formRef, String binding) throws IOException {
        assertThat(binding).as("formRefBinding of %s (without it deployment fails)", element.getId())
                .isIn("deployment", "latest", "version");
        if (formRef.contains("${") || formRef.contains("#{")) {
            return; // resolved at run time
        }
        Path form = FORMS.resolve(formRef + ".form");
        assertThat(form).as("form %s referenced by %s", formRef, element.getId()).exists();
        assertThat(JSON.readTree(form.toFile()).path("id").asText()).as("id in %s", form).isEqualTo(formRef);
    }

    private static void collect(JsonNode container, List<JsonNode> into) {
        for (JsonNode component : container.path("components")) {
            into.add(component);
            collect(component, into);
        }
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
