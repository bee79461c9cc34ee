package com.lifeline.process;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gate's own rules: no data is a failure that says why, and no tag filter can make it run nothing. */
class ProcessCoverageGateTest {

    @Test
    void noCoverageDataFailsAndSaysWhyAndHowToSkip(@TempDir Path reports) {
        assertThatThrownBy(() -> ProcessCoverageGate.passedElementsByModel(reports))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("No process coverage data")
                .hasMessageContaining("-Dprocess-coverage.skip=true");
        assertThatThrownBy(() -> ProcessCoverageGate.passedElementsByModel(reports.resolve("missing")))
                .hasMessageContaining("No process coverage data");
    }

    @Test
    void readsThePassedElementsOfEveryReport(@TempDir Path reports) throws Exception {
        Path report = Files.createDirectories(reports.resolve("SomeProcessTest")).resolve("report.json");
        Files.writeString(report, """
                {"suites": [{"runs": [{"events": [
                  {"modelKey": "customer-entry", "definitionKey": "StartEvent_1"},
                  {"modelKey": "customer-entry", "definitionKey": "Flow_1"}]}]}]}""");

        assertThat(ProcessCoverageGate.passedElementsByModel(reports))
                .isEqualTo(Map.of("customer-entry", Set.of("StartEvent_1", "Flow_1")));
    }

    /** mvn verify -Dsurefire.groups=browser ran the gate with that filter: 0 tests, BUILD SUCCESS. */
    @Test
    void theGateExecutionIgnoresTagFiltersAndFailsWhenItRunsNothing() throws Exception {
        Element gate = gateExecutionConfiguration();

        for (String filter : new String[]{"groups", "excludedGroups"}) {
            Element element = child(gate, filter);
            assertThat(element).as(filter).isNotNull();
            assertThat(element.getAttribute("combine.self")).as(filter).isEqualTo("override");
            assertThat(element.getTextContent()).as(filter).isBlank();
        }
        assertThat(child(gate, "failIfNoTests").getTextContent()).isEqualTo("true");
        assertThat(child(gate, "skip").getTextContent()).isEqualTo("${process-coverage.skip}");
    }

    private static Element gateExecutionConfiguration() throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        NodeList executions = pom.getElementsByTagName("execution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            if ("process-coverage-gate".equals(child(execution, "id").getTextContent())) {
                return child(execution, "configuration");
            }
        }
        throw new AssertionError("no process-coverage-gate execution in engine-app/pom.xml");
    }

    private static Element child(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }
}
