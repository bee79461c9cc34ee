package com.lifeline;

import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine the app starts uses the working-day calendar for task due dates and timers. */
@LifelineIntegrationTest
class WorkingDayDueDatesTest {

    private static final String PROCESS_KEY = "workingDayDueDatesCheck";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;

    private Deployment deployment;

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        if (deployment != null) {
            repositoryService.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void aTaskAndItsTimerAreDueOneWorkingDayLater() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("answer").camundaDueDate("1 working day")
                .boundaryEvent("late").timerWithDuration("1个工作日").endEvent("answeredLate")
                .moveToActivity("answer").endEvent("answered")
                .done();
        deployment = repositoryService.createDeployment().addModelInstance(PROCESS_KEY + ".bpmn", model).deploy();
        // Friday before the make-up Saturday after National Day 2026
        ClockUtil.setCurrentTime(shanghai("2026-10-09T10:00"));

        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY);

        // the database hands back java.sql.Timestamp, which never equals a Date
        Instant makeUpSaturday = shanghai("2026-10-10T10:00").toInstant();
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getDueDate().toInstant())
                .isEqualTo(makeUpSaturday);
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult().getDuedate().toInstant())
                .isEqualTo(makeUpSaturday);
    }

    private static Date shanghai(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }
}
