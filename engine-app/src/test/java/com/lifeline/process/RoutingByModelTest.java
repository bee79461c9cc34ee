package com.lifeline.process;

import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntrySubmissions;
import com.lifeline.org.OrgChart;
import com.lifeline.security.CurrentUser;
import com.lifeline.support.LifelineIntegrationTest;
import com.lifeline.taskkind.TaskKind;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routing is the designer's: each test deploys an edited copy of a packaged model (under its own
 * process id, so the packaged one stays the latest) with no Java change, and the new rule decides who
 * gets the task. The packaged rule's answer is checked to differ, so each edit is seen to matter.
 */
@LifelineIntegrationTest
class RoutingByModelTest {

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired OrgChart org;
    @Autowired EntrySubmissions submissions;
    @Autowired JdbcTemplate jdbc;

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void removeCopies() {
        deployments.forEach(id -> repository.deleteDeployment(id, true));
    }

    @Test
    void theDepartmentHeadReviewsWhenTheModelSaysSo() throws IOException {
        String key = deployCopy("customer-entry.bpmn", model -> this.<UserTask>element(model, "Task_SupervisorReview")
                .setCamundaAssignee("${orgChart.departmentHeadOf(entrant)}"));

        ProcessInstance entry = runtime.createProcessInstanceByKey(key).startBeforeActivity("Task_SupervisorReview")
                .setVariables(Map.of("entrant", "sales1", "customerLabel", "路由测试"))
                .execute();

        Task review = tasks.createTaskQuery().processInstanceId(entry.getId()).singleResult();
        assertThat(org.departmentHeadOf("sales1")).isNotEqualTo(org.supervisorOf("sales1"));
        assertThat(review.getAssignee()).isEqualTo(org.departmentHeadOf("sales1"));
        assertThat(tasks.getVariableLocal(review.getId(), TaskKind.VARIABLE)).isEqualTo(TaskKind.APPROVAL);
    }

    @Test
    void anOverdueReviewEscalatesToWhomTheModelNames() throws IOException {
        String number = submissions.submit(EntryExamples.company(), null, new CurrentUser("sales1", List.of("sales")))
                .customerNumber();
        long customerId = jdbc.queryForObject("SELECT id FROM customer WHERE customer_number = ?", Long.class, number);
        String key = deployCopy("customer-entry.bpmn", model -> model.getModelElementsByType(CamundaInputParameter.class)
                .stream().filter(p -> "escalateTo".equals(p.getCamundaName())).findFirst().orElseThrow()
                .setTextContent("${orgChart.supervisorOf('service1')}"));
        ProcessInstance entry = runtime.createProcessInstanceByKey(key).startBeforeActivity("Task_SupervisorReview")
                .setVariables(Map.of("entrant", "sales1", "customerLabel", "路由测试", "customerId", customerId,
                        "customerNumber", number))
                .execute();
        Task review = tasks.createTaskQuery().processInstanceId(entry.getId()).singleResult();

        management.executeJob(management.createJobQuery().processInstanceId(entry.getId()).singleResult().getId());

        String escalatedTo = org.supervisorOf("service1");
        assertThat(escalatedTo).isNotEqualTo(org.departmentHeadOf("sales1"));
        assertThat(tasks.getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getUserId).contains(escalatedTo)
                .doesNotContain(org.departmentHeadOf("sales1"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_escalation WHERE task_id = ? AND escalated_to = ?",
                Integer.class, review.getId(), escalatedTo)).isEqualTo(1);
    }

    @Test
    void theOwnersDepartmentHeadApprovesAccessWhenTheModelSaysSo() throws IOException {
        String key = deployCopy("access-request.bpmn", model -> approverInput(model, "ownerSupervisor")
                .setTextContent("${orgChart.departmentHeadOf(owner)}"));

        ProcessInstance request = startApprovals(key);

        assertThat(org.departmentHeadOf("sales1")).isNotEqualTo(org.supervisorOf("sales1"));
        assertThat(assigneeOf(request, "Task_OwnerSupervisorApproval")).isEqualTo(org.departmentHeadOf("sales1"));
        assertThat(assigneeOf(request, "Task_RequesterSupervisorApproval")).isEqualTo(org.supervisorOf("service1"));
    }

    @Test
    void oneApprovalSufficesWhenTheModelNamesTheSamePersonTwice() throws IOException {
        String key = deployCopy("access-request.bpmn", model -> approverInput(model, "ownerSupervisor")
                .setTextContent("${orgChart.supervisorOf(requester)}"));

        ProcessInstance request = startApprovals(key);

        List<Task> open = tasks.createTaskQuery().processInstanceId(request.getId()).list();
        assertThat(open).extracting(Task::getTaskDefinitionKey).containsExactly("Task_RequesterSupervisorApproval");
        assertThat(open.get(0).getAssignee()).isEqualTo(org.supervisorOf("service1"));
    }

    private ProcessInstance startApprovals(String key) {
        return runtime.createProcessInstanceByKey(key).startBeforeActivity("SubProcess_Approval")
                .setVariables(Map.of("requester", "service1", "owner", "sales1", "customerNumber", "SH2026999"))
                .execute();
    }

    private String assigneeOf(ProcessInstance instance, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult()
                .getAssignee();
    }

    private CamundaInputParameter approverInput(BpmnModelInstance model, String name) {
        return element(model, "SubProcess_Approval").getExtensionElements()
                .getElementsQuery().filterByType(CamundaInputOutput.class)
                .singleResult().getCamundaInputParameters().stream()
                .filter(p -> name.equals(p.getCamundaName())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private <T extends BaseElement> T element(BpmnModelInstance model, String id) {
        return (T) model.getModelElementById(id);
    }

    /** The packaged model with the designer's edit, under a process id of its own, deployed with the forms. */
    private String deployCopy(String file, Consumer<BpmnModelInstance> edit) throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(ProcessModelFilesTest.PROCESSES.resolve(file).toFile());
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        String key = process.getId() + "-routing-copy";
        process.setId(key);
        edit.accept(model);
        DeploymentBuilder deployment = repository.createDeployment().name("routing-test " + key)
                .addModelInstance(key + ".bpmn", model);
        for (Path form : ProcessModelFilesTest.list(ProcessModelFilesTest.FORMS, ".form")) {
            deployment.addString(form.getFileName().toString(), Files.readString(form));
        }
        deployments.add(deployment.deploy().getId());
        return key;
    }
}
