package com.lifeline.inbox;

import com.lifeline.taskkind.TaskKind;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Tiny processes and throw-away users for the inbox tests; nothing here depends on customer-entry. */
@Component
class InboxTestData {

    static final String ASSIGNED = "inbox-test-assigned";
    static final String OFFERED = "inbox-test-offered";
    /** A model no Java knows, whose one task is an approval only because the model says so. */
    static final String APPROVAL = "inbox-test-sign-off";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private boolean deployed;

    InboxTestData(RepositoryService repository, RuntimeService runtime, TaskService tasks, IdentityService identity) {
        this.repository = repository;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
    }

    synchronized void deploy() {
        if (deployed) {
            return;
        }
        BpmnModelInstance assigned = Bpmn.createExecutableProcess(ASSIGNED).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_InboxAssigned").name("${taskName}").camundaAssignee("${assignee}").camundaDueDate("${due}")
                .endEvent().done();
        BpmnModelInstance offered = Bpmn.createExecutableProcess(OFFERED).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_InboxReview").name("${taskName}").camundaCandidateGroups("${group}").camundaDueDate("${due}")
                .endEvent().done();
        BpmnModelInstance approval = Bpmn.createExecutableProcess(APPROVAL).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_InboxSignOff").name("${taskName}").camundaAssignee("${assignee}")
                .camundaCandidateGroups("${group}").camundaDueDate("${due}")
                .endEvent().done();
        declareKind(approval, "Task_InboxSignOff", TaskKind.APPROVAL);
        repository.createDeployment().name("inbox-tests")
                .addModelInstance(ASSIGNED + ".bpmn", assigned)
                .addModelInstance(OFFERED + ".bpmn", offered)
                .addModelInstance(APPROVAL + ".bpmn", approval)
                .deploy();
        deployed = true;
    }

    /** {@code <camunda:property name="lifeline.taskKind" value="…"/>} on the user task, as a designer adds it. */
    static void declareKind(BpmnModelInstance model, String userTaskId, String kind) {
        declareProperty(model, userTaskId, TaskKind.PROPERTY, kind);
    }

    /** {@code <camunda:property name="…" value="…"/>} on the user task, as a designer adds it. */
    static void declareProperty(BpmnModelInstance model, String userTaskId, String name, String value) {
        UserTask task = model.getModelElementById(userTaskId);
        if (task.getExtensionElements() == null) {
            task.setExtensionElements(model.newInstance(ExtensionElements.class));
        }
        CamundaProperty property = model.newInstance(CamundaProperty.class);
        property.setCamundaName(name);
        property.setCamundaValue(value);
        task.getExtensionElements().addExtensionElement(CamundaProperties.class).addChildElement(property);
    }

    String newUser(String prefix, String password, String... groups) {
        String id = prefix + UUID.randomUUID().toString().substring(0, 8);
        User user = identity.newUser(id);
        user.setFirstName("测试");
        user.setLastName("员工");
        user.setEmail(id + "@lifeline.local");
        user.setPassword(password);
        identity.saveUser(user);
        for (String group : groups) {
            if (identity.createGroupQuery().groupId(group).count() == 0) {
                Group g = identity.newGroup(group);
                g.setName(group);
                g.setType("WORKFLOW");
                identity.saveGroup(g);
            }
            identity.createMembership(id, group);
        }
        return id;
    }

    Task assignedTask(String assignee, String name, Instant due) {
        deploy();
        Map<String, Object> variables = new HashMap<>();
        variables.put("taskName", name);
        variables.put("assignee", assignee);
        variables.put("due", due == null ? null : Date.from(due));
        String instance = runtime.startProcessInstanceByKey(ASSIGNED, variables).getId();
        return tasks.createTaskQuery().processInstanceId(instance).singleResult();
    }

    /** An approval task (kind from the model), assigned to the user and/or offered to the group (either may be null). */
    Task approvalTask(String assignee, String group, String name, Instant due) {
        deploy();
        Map<String, Object> variables = new HashMap<>();
        variables.put("taskName", name);
        variables.put("assignee", assignee);
        variables.put("group", group == null ? "inbox-test-nobody" : group); // a candidate group must name one
        variables.put("due", due == null ? null : Date.from(due));
        String instance = runtime.startProcessInstanceByKey(APPROVAL, variables).getId();
        return tasks.createTaskQuery().processInstanceId(instance).singleResult();
    }

    Task offeredTask(String group, String name, Instant due) {
        deploy();
        Map<String, Object> variables = new HashMap<>();
        variables.put("taskName", name);
        variables.put("group", group);
        variables.put("due", due == null ? null : Date.from(due));
        String instance = runtime.startProcessInstanceByKey(OFFERED, variables).getId();
        return tasks.createTaskQuery().processInstanceId(instance).singleResult();
    }
}
