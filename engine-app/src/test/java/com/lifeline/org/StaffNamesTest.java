package com.lifeline.org;

import com.icegreen.greenmail.util.GreenMail;
import com.lifeline.notification.StaffNotices;
import com.lifeline.support.LifelineIntegrationTest;
import com.lifeline.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Staff names family name first (李明) in emails and in the webapps, for anyone who opens them. */
@LifelineIntegrationTest
class StaffNamesTest {

    private final GreenMail greenMail = TestMailServer.get();

    @Autowired StaffNames names;
    @Autowired StaffNotices notices;
    @Autowired TransactionTemplate transactions;
    @Autowired TestRestTemplate rest;

    @Test
    void demoStaffAreNamedFamilyNameFirst() {
        assertThat(names.of("sales1")).isEqualTo("李明");
        assertThat(names.of("sup1")).isEqualTo("张伟");
        assertThat(names.of("admin")).isEqualTo("Lifeline Admin");
        assertThat(names.of("no-such-user")).isEqualTo("no-such-user");
    }

    @Test
    void theOverdueReviewEmailNamesTheReviewerFamilyNameFirst() {
        String taskId = "names-" + UUID.randomUUID();

        transactions.executeWithoutResult(tx -> notices.reviewOverdue("mgr1", taskId, "SH2026990", "sup1"));

        await().atMost(Duration.ofSeconds(30)).until(() -> !mailsAbout(taskId).isEmpty());
        assertThat(text(mailsAbout(taskId).get(0))).contains("负责人:张伟").doesNotContain("sup1").doesNotContain("伟 张");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "welcome", "admin"})
    void everyWebappIsServedWithNamesFamilyNameFirst(String app) {
        ResponseEntity<String> bundle = rest.getForEntity("/camunda/app/" + app + "/camunda-" + app + "-bootstrap.js?bust=7.24.0",
                String.class);
        assertThat(bundle.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(bundle.getHeaders().getContentType().toString()).contains("javascript");
        assertThat(bundle.getBody()).contains("window.lifelinePersonName(").doesNotContain("firstName+\" \"+");

        // config.js's customScripts resolve against /camunda/app/<app>/, all to tasklist's copy
        assertThat(rest.getForObject("/camunda/app/" + app + "/scripts/config.js", String.class))
                .containsPattern("customScripts: \\[[^]]*\"(\\.\\./tasklist/)?scripts/person-name\"]");
    }

    @Test
    void theNameHelperIsServedToAnonymousBrowsers() {
        ResponseEntity<String> helper = rest.getForEntity("/camunda/app/tasklist/scripts/person-name.js", String.class);
        assertThat(helper.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(helper.getBody()).contains("window.lifelinePersonName = personName").contains("register(\"personName\"")
                .doesNotContain("export default");
    }

    @Test
    void tasklistShowsTheAssigneeFamilyNameFirstInTheListAndTheTaskHeader() {
        String tasklist = rest.getForObject("/camunda/app/tasklist/camunda-tasklist-bootstrap.js", String.class);
        assertThat(tasklist)
                .contains("return n?window.lifelinePersonName(t):")
                .contains("{{ assignee | personName }}")
                .doesNotContain("{{ assignee.firstName }} {{ assignee.lastName }}");
    }

    private List<MimeMessage> mailsAbout(String taskId) {
        return Stream.of(greenMail.getReceivedMessages())
                .filter(mail -> text(mail).contains(taskId))
                .toList();
    }

    private static String text(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
