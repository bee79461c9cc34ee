package com.lifeline.inbox;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.lifeline.support.LifelineIntegrationTest;
import com.lifeline.support.TestMailServer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@LifelineIntegrationTest
class TaskNotificationsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final GreenMail greenMail = TestMailServer.get();

    @Autowired InboxTestData data;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anAssignedTaskEmailsTheAssigneeOnceWithALinkToTheTask() throws Exception {
        String user = data.newUser("ntf", "pw-123456");
        Task task = data.assignedTask(user, "主管复核 C-2026-000123 上海示例有限公司", Instant.now().plus(Duration.ofDays(1)));

        List<MimeMessage> mails = awaitMails(user, 1);
        assertThat(mails.get(0).getSubject()).isEqualTo("【Lifeline】新任务:主管复核 C-2026-000123 上海示例有限公司");
        String body = GreenMailUtil.getBody(mails.get(0));
        assertThat(decoded(mails.get(0))).contains("/camunda/app/tasklist/default/#/?task=" + task.getId())
                .contains("主管复核 C-2026-000123");
        assertThat(body).isNotBlank();

        // create and assignment both fired; the idempotency key keeps it to one email
        Thread.sleep(1000);
        assertThat(mailsTo(user)).hasSize(1);
    }

    @Test
    void aTaskWhoseModelTurnsTheEmailOffEmailsNobodyAndItsKindStillApplies() {
        String user = data.newUser("ntf", "pw-123456");
        BpmnModelInstance model = Bpmn.createExecutableProcess("ntf-no-email").camundaHistoryTimeToLive(1)
                .startEvent().userTask("Task_Quiet").camundaAssignee(user).endEvent().done();
        InboxTestData.declareProperty(model, "Task_Quiet", TaskNotificationPlugin.EMAIL_PROPERTY, TaskNotificationPlugin.NO_EMAIL);
        InboxTestData.declareKind(model, "Task_Quiet", "verification");
        repository.createDeployment().addModelInstance("ntf-no-email.bpmn", model).deploy();

        String instance = runtime.startProcessInstanceByKey("ntf-no-email").getId();
        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();

        assertThat(task.getAssignee()).isEqualTo(user);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE ?", Integer.class,
                "task-%-" + task.getId() + "-%")).isZero();
        assertThat(tasks.getVariableLocal(task.getId(), "lifelineTaskKind")).isEqualTo("verification");
    }

    @Test
    void aTaskOfferedToAGroupEmailsEveryMemberAndAClaimEmailsNobody() throws Exception {
        String group = "inbox-ntf-" + Long.toHexString(System.nanoTime());
        String first = data.newUser("ntf", "pw-123456", group);
        String second = data.newUser("ntf", "pw-123456", group);
        Task task = data.offeredTask(group, "处理客户更正请求", null);

        for (String member : List.of(first, second)) {
            MimeMessage mail = awaitMails(member, 1).get(0);
            assertThat(mail.getSubject()).isEqualTo("【Lifeline】小组有新任务可认领:处理客户更正请求");
            assertThat(decoded(mail)).contains("task=" + task.getId());
        }

        identity.setAuthentication(first, List.of(group));
        try {
            tasks.claim(task.getId(), first);
        } finally {
            identity.clearAuthentication();
        }
        tasks.setAssignee(task.getId(), second);

        MimeMessage assigned = awaitMails(second, 2).stream()
                .filter(m -> subject(m).startsWith("【Lifeline】新任务")).findFirst().orElseThrow();
        assertThat(decoded(assigned)).contains("task=" + task.getId());
        assertThat(mailsTo(first)).as("claiming needs no email to oneself").hasSize(1);
    }

    private List<MimeMessage> awaitMails(String user, int count) {
        await().atMost(PATIENCE).until(() -> mailsTo(user).size() >= count);
        return mailsTo(user);
    }

    private List<MimeMessage> mailsTo(String user) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> recipients(m).contains(user + "@lifeline.local"))
                .toList();
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String decoded(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
