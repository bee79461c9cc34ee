package com.lifeline.inbox;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
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
        repository.createDeployment().name("inbox-tests")
                .addModelInstance(ASSIGNED + ".bpmn", assigned)
                .addModelInstance(OFFERED + ".bpmn", offered)
                .deploy();
        deployed = true;
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
