package com.lifeline.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's model rules ({@link ModelRules}) over every model in processes/, against the beans of the
 * real Spring context and the forms in forms/. A delegate expression naming a bean that was renamed or
 * removed fails here, not when the first instance reaches the task.
 */
@LifelineIntegrationTest
class ModelRulesTest {

    @Autowired
    ApplicationContext context;

    @Test
    void everyModelKeepsTheProjectRules() throws IOException {
        ModelRules rules = new ModelRules(this::beanType, formIds());

        List<String> problems = new ArrayList<>();
        List<Path> models = ProcessModelFilesTest.list(ProcessModelFilesTest.PROCESSES, ".bpmn");
        assertThat(models).isNotEmpty();
        for (Path model : models) {
            for (String problem : rules.check(Bpmn.readModelFromFile(model.toFile()))) {
                problems.add(model.getFileName() + " " + problem);
            }
        }
        assertThat(problems).as("model rule violations").isEmpty();
    }

    private Optional<Class<?>> beanType(String name) {
        return context.containsBean(name) ? Optional.ofNullable(context.getType(name)) : Optional.empty();
    }

    private static Set<String> formIds() throws IOException {
        Set<String> ids = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        for (Path form : ProcessModelFilesTest.list(ProcessModelFilesTest.FORMS, ".form")) {
            ids.add(json.readTree(form.toFile()).path("id").asText());
        }
        return ids;
    }
}
