package com.lifeline.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage gate: every model in processes/ must have at least 90 % of its flow nodes and 90 % of its
 * sequence flows passed by the process tests, counted over all test classes together (the coverage
 * starter writes one report.json per test class into target/process-test-coverage/).
 *
 * <p>Not a normal test: surefire excludes it from the test run and runs it alone in the {@code verify}
 * phase, after every test has written its report (see engine-app/pom.xml); no tag filter applies to it.
 * Without coverage data (the process tests were filtered out) it fails and says so, it never passes.
 * Skip it on purpose with {@code -Dprocess-coverage.skip=true} when running only some tests through verify.
 */
class ProcessCoverageGate {

    static final double MINIMUM = 0.90;
    static final Path REPORTS = Path.of("target", "process-test-coverage");

    @Test
    void everyModelIsCoveredByTheProcessTests() throws IOException {
        Map<String, Set<String>> passed = passedElementsByModel(REPORTS);

        List<String> below = new ArrayList<>();
        List<Path> models = ProcessModelFilesTest.list(ProcessModelFilesTest.PROCESSES, ".bpmn");
        assertThat(models).isNotEmpty();
        for (Path file : models) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (var process : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)) {
                if (!process.isExecutable()) {
                    continue;
                }
                Set<String> seen = passed.getOrDefault(process.getId(), Set.of());
                if (seen.isEmpty()) {
                    below.add(process.getId() + ": no coverage data, its process test did not run in this build");
                    continue;
                }
                below.addAll(check(file, process.getId(), "flow nodes", ids(model, FlowNode.class), seen));
                below.addAll(check(file, process.getId(), "sequence flows", ids(model, SequenceFlow.class), seen));
            }
        }
        assertThat(below).as("models below %d %% process test coverage (report: %s)", Math.round(MINIMUM * 100),
                REPORTS.toAbsolutePath()).isEmpty();
    }

    static List<String> check(Path file, String key, String what, Set<String> all, Set<String> passed) {
        Set<String> missed = new TreeSet<>(all);
        missed.removeAll(passed);
        double ratio = all.isEmpty() ? 1.0 : (all.size() - missed.size()) / (double) all.size();
        System.out.printf("process coverage %s (%s) %s: %d/%d = %.1f %%%n", key, file.getFileName(), what,
                all.size() - missed.size(), all.size(), ratio * 100);
        return ratio >= MINIMUM ? List.of()
                : List.of(String.format("%s %s: %.1f %% (never passed: %s)", key, what, ratio * 100, missed));
    }

    /**
     * Element ids (flow nodes and sequence flows alike) passed in any run of any test class, per process key.
     *
     * @throws AssertionError when no test class wrote a report: the gate has nothing to judge
     */
    static Map<String, Set<String>> passedElementsByModel(Path reports) throws IOException {
        List<Path> files = List.of();
        if (Files.isDirectory(reports)) {
            try (Stream<Path> walk = Files.walk(reports, 2)) {
                files = walk.filter(p -> p.getFileName().toString().equals("report.json")).toList();
            }
        }
        if (files.isEmpty()) {
            throw new AssertionError("No process coverage data in " + reports.toAbsolutePath() + ": no process test "
                    + "wrote a report in this build (filtered out by -Dtest or a tag?). Run every test (mvn verify), "
                    + "or skip the gate on purpose with -Dprocess-coverage.skip=true.");
        }
        Map<String, Set<String>> passed = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (Path file : files) {
            JsonNode report = json.readTree(file.toFile());
            for (JsonNode suite : report.path("suites")) {
                for (JsonNode run : suite.path("runs")) {
                    for (JsonNode event : run.path("events")) {
                        passed.computeIfAbsent(event.path("modelKey").asText(), k -> new HashSet<>())
                                .add(event.path("definitionKey").asText());
                    }
                }
            }
        }
        return passed;
    }

    static Set<String> ids(BpmnModelInstance model, Class<? extends BaseElement> type) {
        return model.getModelElementsByType(type).stream().map(BaseElement::getId).collect(Collectors.toSet());
    }
}
