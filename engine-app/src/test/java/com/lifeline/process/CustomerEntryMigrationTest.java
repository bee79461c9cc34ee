package com.lifeline.process;

import com.lifeline.designer.DesignerDeployments;
import com.lifeline.entry.EntryExamples;
import com.lifeline.support.EntryTestSupport;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * What docs/designers.md tells designers to do when a changed model must also apply to running instances:
 * deploy the new version, then migrate with Camunda's migration API. An instance waiting at the supervisor
 * review moves to the new definition and finishes there.
 */
@LifelineIntegrationTest
class CustomerEntryMigrationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    HistoryService history;
    @Autowired
    DesignerDeployments deployments;
    @Autowired
    EntryTestSupport support;

    @Test
    void aWaitingReviewMigratesToTheChangedModelAndCompletesThere() throws Exception {
        ProcessInstance instance = support.submitStartForm("sales1", EntryExamples.company());
        assertThat(instance).isWaitingAt("Task_SupervisorReview");
        ProcessDefinition oldVersion = repository.getProcessDefinition(instance.getProcessDefinitionId());

        String changedModel = Files.readString(ProcessModelFilesTest.PROCESSES.resolve("customer-entry.bpmn"))
                .replace("name=\"主管复核 ${customerLabel}\"", "name=\"主管复核(迁移) ${customerLabel}\"");
        var deployed = deployments.deploy("designer1", List.of(
                new DesignerDeployments.Upload("customer-entry.bpmn", changedModel.getBytes(StandardCharsets.UTF_8))));
        try {
            assertThat(deployed.changed()).isTrue();
            ProcessDefinition newVersion = repository.createProcessDefinitionQuery()
                    .deploymentId(deployed.deploymentId()).processDefinitionKey("customer-entry").singleResult();
            assertThat(newVersion.getVersion()).isEqualTo(oldVersion.getVersion() + 1);
            // deploying alone moves nothing: the instance stays on its version
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                    .getProcessDefinitionId()).isEqualTo(oldVersion.getId());

            MigrationPlan plan = runtime.createMigrationPlan(oldVersion.getId(), newVersion.getId())
                    .mapEqualActivities()
                    .build();
            runtime.newMigration(plan).processInstanceIds(instance.getId()).execute();

            assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                    .getProcessDefinitionId()).isEqualTo(newVersion.getId());
            assertThat(instance).isWaitingAt("Task_SupervisorReview");
            assertThat(task(instance).getProcessDefinitionId()).isEqualTo(newVersion.getId());
            // an open task keeps what was computed when it was created (docs/designers.md says so)
            assertThat(task(instance).getName()).startsWith("主管复核 ").doesNotContain("(迁移)");
            // the review's overdue timer came along (mapped boundary event)
            assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                    .activityId("BoundaryEvent_ReviewOverdue").singleResult().getProcessDefinitionId())
                    .isEqualTo(newVersion.getId());

            complete(task(instance), withVariables("reviewDecision", "APPROVE", "reviewComment", ""));

            assertThat(instance).hasPassed("Task_ActivateCustomer").isWaitingAt("Gateway_AwaitCustomer");
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                    .activityId("Task_ActivateCustomer").singleResult().getProcessDefinitionId())
                    .isEqualTo(newVersion.getId());
        } finally {
            // the context is shared: remove the changed version (and this instance) so later tests run the packaged one
            repository.deleteDeployment(deployed.deploymentId(), true);
        }
    }
}
