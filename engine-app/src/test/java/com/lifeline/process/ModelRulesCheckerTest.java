package com.lifeline.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule checker itself: a gate that never fails is no gate. Each broken model here must be caught,
 * and a clean one must pass. No Spring: beans and forms are given as maps.
 */
class ModelRulesCheckerTest {

    static class ADelegate implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
        }
    }

    static class ATaskListener implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
        }
    }

    static class AnExecutionListener implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) {
        }
    }

    static final Map<String, Class<?>> BEANS = Map.of(
            "goodDelegate", ADelegate.class,
            "goodTaskListener", ATaskListener.class,
            "goodExecutionListener", AnExecutionListener.class,
            "someService", String.class);

    final ModelRules rules = new ModelRules(name -> Optional.ofNullable(BEANS.get(name)), Set.of("good-form"));

    static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                id="Definitions_Test" targetNamespace="http://bpmn.io/schema/bpmn">
            """;

    static BpmnModelInstance parse(String body) {
        String xml = HEADER + body + "\n</bpmn:definitions>";
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aModelKeepingEveryRulePasses() {
        BpmnModelInstance model = parse("""
                <bpmn:process id="good" isExecutable="true" camunda:historyTimeToLive="P30D">
                  <bpmn:startEvent id="Start" camunda:formRef="good-form" camunda:formRefBinding="deployment">
                    <bpmn:extensionElements>
                      <camunda:executionListener delegateExpression="${goodExecutionListener}" event="start" />
                    </bpmn:extensionElements>
                  </bpmn:startEvent>
                  <bpmn:serviceTask id="Service" camunda:delegateExpression="${goodDelegate}" />
                  <bpmn:userTask id="Review" camunda:formRef="good-form" camunda:formRefBinding="deployment"
                      camunda:candidateGroups="supervisors" camunda:dueDate="2 working days">
                    <bpmn:extensionElements>
                      <camunda:taskListener delegateExpression="${goodTaskListener}" event="complete" />
                    </bpmn:extensionElements>
                  </bpmn:userTask>
                  <bpmn:boundaryEvent id="Overdue" attachedToRef="Review" cancelActivity="false">
                    <bpmn:timerEventDefinition>
                      <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">1 working day</bpmn:timeDuration>
                    </bpmn:timerEventDefinition>
                  </bpmn:boundaryEvent>
                  <bpmn:intermediateCatchEvent id="WaitForCustomer">
                    <bpmn:timerEventDefinition>
                      <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P7D</bpmn:timeDuration>
                    </bpmn:timerEventDefinition>
                  </bpmn:intermediateCatchEvent>
                </bpmn:process>
                """);

        assertThat(rules.check(model)).isEmpty();
    }

    @Test
    void aBrokenModelIsCaughtOnEveryRule() {
        BpmnModelInstance model = parse("""
                <bpmn:process id="broken" isExecutable="true">
                  <bpmn:startEvent id="Start" camunda:formRef="missing-start-form" />
                  <bpmn:serviceTask id="NoSuchBean" camunda:delegateExpression="${noSuchDelegate}" />
                  <bpmn:serviceTask id="WrongType" camunda:delegateExpression="${goodTaskListener}" />
                  <bpmn:serviceTask id="NotABean" camunda:delegateExpression="${someService.call(execution)}" />
                  <bpmn:userTask id="Bare" />
                  <bpmn:userTask id="IsoDue" camunda:formRef="good-form" camunda:formRefBinding="latest"
                      camunda:assignee="${entrant}" camunda:dueDate="P1D">
                    <bpmn:extensionElements>
                      <camunda:taskListener delegateExpression="${goodDelegate}" event="complete" />
                      <camunda:executionListener event="end">
                        <camunda:script scriptFormat="groovy">println 'hi'</camunda:script>
                      </camunda:executionListener>
                    </bpmn:extensionElements>
                  </bpmn:userTask>
                  <bpmn:boundaryEvent id="IsoOverdue" attachedToRef="IsoDue" cancelActivity="false">
                    <bpmn:timerEventDefinition>
                      <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P1D</bpmn:timeDuration>
                    </bpmn:timerEventDefinition>
                  </bpmn:boundaryEvent>
                  <bpmn:scriptTask id="Script" scriptFormat="javascript">
                    <bpmn:script>1 + 1</bpmn:script>
                  </bpmn:scriptTask>
                </bpmn:process>
                """);

        List<String> problems = rules.check(model);

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("broken:").contains("historyTimeToLive"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Start:").contains("without camunda:formRefBinding"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Start:").contains("missing-start-form names no form"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("NoSuchBean:").contains("names no Spring bean"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("WrongType:").contains("not a JavaDelegate"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("NotABean:").contains("is not ${beanName}"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Bare:").contains("without camunda:formRef"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Bare:").contains("neither an assignee nor a candidate group"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("IsoDue:").contains("dueDate \"P1D\" is not in working days"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("IsoDue task listener (complete):").contains("not a TaskListener"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("IsoDue:").contains("camunda:script (groovy)"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("IsoOverdue:").contains("\"P1D\" on user task IsoDue"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Script:").contains("script task"));
        assertThat(problems).hasSize(13);
    }

    @Test
    void anApprovalWithoutAKindAndAMisplacedOrMalformedKindAreCaught() {
        String props = """
                <bpmn:extensionElements>
                  <camunda:properties><camunda:property name="lifeline.taskKind" value="%s" /></camunda:properties>
                </bpmn:extensionElements>""";
        String task = """
                <bpmn:userTask id="%s" name="%s" camunda:formRef="good-form" camunda:formRefBinding="deployment"
                    camunda:candidateGroups="managers">%s</bpmn:userTask>""";
        BpmnModelInstance model = parse("<bpmn:process id=\"kinds\" isExecutable=\"true\" camunda:historyTimeToLive=\"P30D\">"
                + task.formatted("Unmarked", "经理审批 ${customerNumber}", "")
                + task.formatted("Marked", "主管复核", props.formatted("approval"))
                + task.formatted("CallTask", "电话联系客户", props.formatted("call"))
                + task.formatted("Shouting", "数据复核", props.formatted("Approval"))
                + "<bpmn:serviceTask id=\"KindOnService\" camunda:delegateExpression=\"${goodDelegate}\">"
                + props.formatted("approval") + "</bpmn:serviceTask></bpmn:process>");

        List<String> problems = rules.check(model);

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Unmarked:").contains("without lifeline.taskKind"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Shouting:").contains("\"Approval\" is not a short lower-case word"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("KindOnService:").contains("not a user task"));
        assertThat(problems).hasSize(4); // Shouting, malformed, counts as unmarked too
    }

    @Test
    void theRealModelBrokenInOnePlaceFails() throws Exception {
        String xml = java.nio.file.Files.readString(ProcessModelFilesTest.PROCESSES.resolve("customer-entry.bpmn"));
        String broken = xml.replace("camunda:dueDate=\"1 working day\"", "camunda:dueDate=\"P1D\"");
        assertThat(broken).isNotEqualTo(xml);
        var allBeans = new ModelRules(name -> Optional.of(Object.class), Set.of());
        List<String> problems = allBeans.check(Bpmn.readModelFromStream(
                new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Task_SupervisorReview:").contains("P1D"));
    }
}
