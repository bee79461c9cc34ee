package com.lifeline.process;

import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The app deploys the models and their forms at start-up, together, so formRefBinding="deployment" finds them. */
@LifelineIntegrationTest
class ProcessDeploymentTest {

    @Autowired
    RepositoryService repositoryService;

    @Test
    void customerEntryIsDeployedWithItsForms() {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey("customer-entry").latestVersion().singleResult();
        assertThat(definition).as("customer-entry deployed at start-up").isNotNull();
        assertThat(definition.getHistoryTimeToLive()).isEqualTo(400);

        var resources = repositoryService.getDeploymentResources(definition.getDeploymentId()).stream()
                .map(Resource::getName).toList();
        assertThat(resources).contains(
                "processes/customer-entry.bpmn",
                "forms/customer-entry.form",
                "forms/resolve-duplicate.form",
                "forms/supervisor-review.form",
                "forms/call-customer.form");
    }
}
