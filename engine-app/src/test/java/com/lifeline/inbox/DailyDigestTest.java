package com.lifeline.inbox;

import com.icegreen.greenmail.util.GreenMail;
import com.lifeline.support.LifelineIntegrationTest;
import com.lifeline.support.TestMailServer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@LifelineIntegrationTest
class DailyDigestTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Wednesday 18 November 2026, a working day, 08:00 in Shanghai. */
    private static final Instant MORNING = ZonedDateTime.of(2026, 11, 18, 8, 0, 0, 0, SHANGHAI).toInstant();

    private final GreenMail greenMail = TestMailServer.get();

    @Autowired DailyDigest digest;
    @Autowired InboxTestData data;
    @Autowired DigestPreferences preferences;
    @Autowired TestRestTemplate rest;

    @Test
    void theDigestListsOverdueAndDueTodayTasksExactly() {
        String user = data.newUser("dig", "pw-123456");
        ClockUtil.setCurrentTime(Date.from(MORNING.minus(Duration.ofDays(2))));
        Task overdue = data.assignedTask(user, "电话联系客户 C-2026-000001", at(17, 11, 30));
        Task dueToday = data.assignedTask(user, "主管复核 C-2026-000002", at(18, 15, 0));
        Task dueEarly = data.assignedTask(user, "处理客户更正请求 C-2026-000003", at(18, 9, 0));
        data.assignedTask(user, "下周的任务", at(25, 9, 0));
        data.assignedTask(user, "无截止时间", null);
        ClockUtil.setCurrentTime(Date.from(MORNING));

        assertThat(digest.sendTo(user)).isTrue();

        MimeMessage mail = awaitMail(user);
        String link = "http://localhost:8080/camunda/app/tasklist/default/#/?task=";
        assertThat(subject(mail)).isEqualTo("【Lifeline】今日待办 2026-11-18");
        // mail transport drops the final line break
        assertThat(TaskNotificationsTest.decoded(mail).replace("\r\n", "\n").stripTrailing()).isEqualTo("""
                您好,以下是您今天需要处理的任务。

                已逾期(1):
                - 电话联系客户 C-2026-000001 | 截止 2026-11-17 11:30 | %s%s

                今天到期(2):
                - 处理客户更正请求 C-2026-000003 | 截止 2026-11-18 09:00 | %s%s
                - 主管复核 C-2026-000002 | 截止 2026-11-18 15:00 | %s%s

                不想再收到每日汇总?在 Lifeline 中调用 PUT /api/me/digest {"enabled": false} 即可关闭。
                """.formatted(link, overdue.getId(), link, dueEarly.getId(), link, dueToday.getId()).stripTrailing());
    }

    @Test
    void approvalsWaitingForTheUserOrTheirGroupsFollowWhateverTheirDueDate() {
        String group = "digest-approvers-" + UUID.randomUUID().toString().substring(0, 8);
        String user = data.newUser("dig", "pw-123456", group);
        Task dueToday = data.approvalTask(user, null, "申请人主管审批访问 SH2026000001", at(18, 15, 0));
        Task offered = data.approvalTask(null, group, "删除审批 SH2026000002", at(20, 10, 0));
        Task mine = data.approvalTask(user, null, "导出审批 SH2026000003", at(25, 9, 0));
        data.offeredTask(group, "小组的其他任务", at(19, 9, 0));
        data.approvalTask(null, "digest-other-group", "别组的审批", at(19, 9, 0));
        String link = "http://localhost:8080/camunda/app/tasklist/default/#/?task=";

        // an approval due today is listed once, under 今天到期
        assertThat(digest.content(user, MORNING)).hasValue("""
                您好,以下是您今天需要处理的任务。

                已逾期(0):
                - 无

                今天到期(1):
                - 申请人主管审批访问 SH2026000001 | 截止 2026-11-18 15:00 | %s%s

                待我审批(2):
                - 删除审批 SH2026000002 | 截止 2026-11-20 10:00 | %s%s
                - 导出审批 SH2026000003 | 截止 2026-11-25 09:00 | %s%s

                不想再收到每日汇总?在 Lifeline 中调用 PUT /api/me/digest {"enabled": false} 即可关闭。
                """.formatted(link, dueToday.getId(), link, offered.getId(), link, mine.getId()));
    }

    @Test
    void aUserWhoSwitchedTheDigestOffGetsNone() throws Exception {
        String user = data.newUser("dig", "pw-123456");
        data.assignedTask(user, "逾期的任务", Instant.now().minus(Duration.ofHours(5)));

        ResponseEntity<Map> response = rest.withBasicAuth(user, "pw-123456")
                .exchange("/api/me/digest", HttpMethod.PUT, new HttpEntity<>(Map.of("enabled", false)), Map.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(response.getBody()).containsEntry("enabled", false);
        assertThat(preferences.isEnabled(user)).isFalse();

        assertThat(digest.sendTo(user)).isFalse();
        Thread.sleep(1500);
        assertThat(digestsTo(user)).isEmpty();

        rest.withBasicAuth(user, "pw-123456")
                .exchange("/api/me/digest", HttpMethod.PUT, new HttpEntity<>(Map.of("enabled", true)), Map.class);
        assertThat(digest.sendTo(user)).isTrue();
        awaitMail(user);
    }

    @Test
    void theDigestSwitchNeedsALogin() {
        assertThat(rest.exchange("/api/me/digest", HttpMethod.PUT, new HttpEntity<>(Map.of("enabled", false)), Map.class)
                .getStatusCode().value()).isEqualTo(401);
    }

    private static Instant at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, SHANGHAI).toInstant();
    }

    private MimeMessage awaitMail(String user) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !digestsTo(user).isEmpty());
        return digestsTo(user).get(0);
    }

    private List<MimeMessage> digestsTo(String user) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.toString(m.getRecipients(Message.RecipientType.TO)).contains(user + "@lifeline.local")
                                && m.getSubject().startsWith("【Lifeline】今日待办");
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
