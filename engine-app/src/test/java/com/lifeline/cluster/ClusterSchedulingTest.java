package com.lifeline.cluster;

import com.lifeline.crypto.KeysCommand;
import com.lifeline.crypto.MasterKeyRotation;
import com.lifeline.customer.CustomerService;
import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntrySubmission;
import com.lifeline.notification.OutboundMessage;
import com.lifeline.notification.Outbox;
import com.lifeline.notification.OutboxDispatcher;
import com.lifeline.support.ClusterNodes;
import com.lifeline.support.EntryTestSupport;
import com.lifeline.support.TestMailServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes on one database, as behind a load balancer: each with its job executor and Quartz
 * running. Whatever is scheduled runs once across the nodes, and whatever one node signs or seals
 * the other opens. (The shared test context stays untouched: these two nodes are started and
 * closed here, with a database of their own.)
 */
class ClusterSchedulingTest {

    /** Friday 2026-12-04 10:00 in Shanghai: the review is due Monday 10:00. */
    private static final Instant FRIDAY_MORNING = ZonedDateTime.parse("2026-12-04T10:00:00+08:00[Asia/Shanghai]").toInstant();

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() throws IOException {
        Path keys = Files.createTempDirectory("lifeline-cluster-test").resolve("keys");
        assertThat(KeysCommand.run(new String[]{"keys", "init", "--out", keys.toString()}, System.out, System.err)).isZero();
        Map<String, String> node = Map.ofEntries(
                Map.entry("lifeline.keys.master-key-file", keys.resolve("master-keyset.json").toString()),
                Map.entry("lifeline.keys.index-key-file", keys.resolve("index-keyset.json").toString()),
                Map.entry("lifeline.keys.link-secret", ""),
                Map.entry("lifeline.keys.link-secret-file", keys.resolve("link-secret").toString()),
                // both nodes look for due jobs and triggers every moment, so they really compete
                Map.entry("camunda.bpm.job-execution.enabled", "true"),
                Map.entry("camunda.bpm.job-execution.wait-time-in-millis", "300"),
                Map.entry("camunda.bpm.job-execution.max-wait", "1000"),
                Map.entry("spring.quartz.properties.org.quartz.scheduler.idleWaitTime", "1000"),
                Map.entry("camunda.bpm.webapp.enabled", "false"));
        nodeA = ClusterNodes.startWithOwnDatabase("clusterA", node);
        nodeB = ClusterNodes.startOnDatabaseOf(nodeA, "clusterB", node);
    }

    @AfterAll
    static void stopNodes() {
        ClusterNodes.close(nodeA, nodeB);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aCustomersLinkSignedOnOneNodeWorksOnTheOther() throws Exception {
        String number = approvedCustomerOnA();
        String token = await().atMost(Duration.ofSeconds(30))
                .until(() -> tryToken(number), t -> t != null);

        HttpResponse<String> view = http(nodeB, "GET", "/api/public/confirmations/" + token);
        HttpResponse<String> confirmed = http(nodeB, "POST", "/api/public/confirmations/" + token + "/confirm");

        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.body()).contains("****");
        assertThat(confirmed.statusCode()).isEqualTo(204);
        assertThat(jdbc(nodeA).queryForObject("SELECT cc.status FROM customer_confirmation cc JOIN customer c ON c.id = cc.customer_id "
                + "WHERE c.customer_number = ?", String.class, number)).isEqualTo("CONFIRMED");
    }

    @Test
    void eachFireOfAQuartzTriggerRunsOnOneNode() throws SchedulerException {
        Scheduler schedulerA = nodeA.getBean(Scheduler.class);
        JobDetail job = JobBuilder.newJob(RecordingJob.class).withIdentity("clusterProbe", "test").storeDurably().build();
        Trigger every300ms = TriggerBuilder.newTrigger().withIdentity("clusterProbe", "test").forJob(job)
                .startAt(new Date(System.currentTimeMillis() + 500))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(300).withRepeatCount(19))
                .build();
        schedulerA.scheduleJob(job, every300ms);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> RecordingJob.FIRES.size() >= 5);
            // node A stops taking triggers: node B must carry on with the same trigger
            schedulerA.standby();
            await().atMost(Duration.ofSeconds(60)).until(() -> RecordingJob.FIRES.size() >= 20);
            await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
        } finally {
            schedulerA.start();
            schedulerA.deleteJob(job.getKey());
        }

        List<Fire> fires = new ArrayList<>(RecordingJob.FIRES);
        assertThat(fires).hasSize(20);
        assertThat(fires.stream().map(Fire::scheduledFor).distinct()).hasSize(20);
        assertThat(fires.stream().map(Fire::node).distinct()).contains(nodeB.getBean(Scheduler.class).getSchedulerInstanceId());
    }

    @Test
    void anOutboxMessageIsSentOnceWhileBothNodesDispatch() throws Exception {
        String run = "cluster-outbox-" + System.nanoTime();
        JdbcTemplate jdbc = jdbc(nodeA);
        Outbox outbox = nodeA.getBean(Outbox.class);
        new TransactionTemplate(nodeA.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
            for (int i = 0; i < 20; i++) {
                outbox.enqueue(OutboundMessage.email(run + "-" + i, "cluster-outbox@lifeline.local", run + " #" + i, "body " + i));
            }
            // due a moment after the commit: the dispatchers of both nodes race for them, not A's after-commit wake-up
            jdbc.update("UPDATE outbox SET next_attempt_at = NOW() + INTERVAL 2 SECOND WHERE idempotency_key LIKE ?", run + "-%");
        });

        ExecutorService dispatchers = Executors.newFixedThreadPool(4);
        try {
            for (ConfigurableApplicationContext node : List.of(nodeA, nodeB, nodeA, nodeB)) {
                OutboxDispatcher dispatcher = node.getBean(OutboxDispatcher.class);
                dispatchers.submit(() -> {
                    long until = System.currentTimeMillis() + 20_000;
                    while (System.currentTimeMillis() < until && sent(jdbc, run) < 20) {
                        dispatcher.dispatchDue();
                        Thread.sleep(50);
                    }
                    return null;
                });
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> sent(jdbc, run) == 20);
        } finally {
            dispatchers.shutdown();
            dispatchers.awaitTermination(30, TimeUnit.SECONDS);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> receivedSubjects(run).size() >= 20);

        Map<String, Long> received = receivedSubjects(run).stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received).hasSize(20).allSatisfy((subject, times) -> assertThat(times).as(subject).isEqualTo(1));
        assertThat(jdbc.queryForList("SELECT attempts FROM outbox WHERE idempotency_key LIKE ?", Integer.class, run + "-%"))
                .hasSize(20).containsOnly(1);
    }

    @Test
    void anOverdueReviewEscalatesOnceWithBothJobExecutorsRunning() {
        assertThat(List.of(nodeA, nodeB)).allSatisfy(node -> assertThat(((ProcessEngineConfigurationImpl) node.getBean(ProcessEngine.class)
                .getProcessEngineConfiguration()).getJobExecutor().isActive()).isTrue());
        ClockUtil.setCurrentTime(Date.from(FRIDAY_MORNING));
        Map<String, String> reviewByNumber = new LinkedHashMap<>();
        for (ConfigurableApplicationContext node : List.of(nodeA, nodeB, nodeA, nodeB, nodeA, nodeB)) {
            ProcessInstance instance = node.getBean(EntryTestSupport.class).submitStartForm("sales1", EntryExamples.company());
            ProcessEngine engine = node.getBean(ProcessEngine.class);
            reviewByNumber.put((String) engine.getRuntimeService().getVariable(instance.getId(), "customerNumber"),
                    engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());
        }
        JdbcTemplate jdbc = jdbc(nodeA);
        String reviews = reviewByNumber.values().stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));

        ClockUtil.setCurrentTime(Date.from(FRIDAY_MORNING.plus(Duration.ofDays(3)).plusSeconds(60)));
        await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(DISTINCT task_id) FROM review_escalation WHERE task_id IN (" + reviews + ")", Integer.class) == 6);
        // a second execution would land within moments
        await().pollDelay(Duration.ofSeconds(3)).until(() -> true);

        assertThat(jdbc.queryForList("SELECT COUNT(*) FROM review_escalation WHERE task_id IN (" + reviews + ") GROUP BY task_id",
                Integer.class)).hasSize(6).containsOnly(1);
        assertThat(reviewByNumber.keySet()).allSatisfy(number -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox WHERE recipient = 'mgr1@lifeline.local' AND subject LIKE ?", Integer.class,
                "%" + number + "%")).as(number).isEqualTo(1));
    }

    @Test
    void aCustomerSealedBeforeAMasterKeyRotationOnOneNodeOpensOnTheOther() throws Exception {
        EntrySubmission entry = EntryExamples.company();
        ProcessInstance instance = nodeA.getBean(EntryTestSupport.class).submitStartForm("sales1", entry);
        String number = (String) nodeA.getBean(ProcessEngine.class).getRuntimeService().getVariable(instance.getId(), "customerNumber");

        nodeA.getBean(MasterKeyRotation.class).rotate();

        // node B has not seen this customer's key: it meets the re-wrapped one and re-reads the shared key file
        assertThat(nodeB.getBean(CustomerService.class).byNumber(number).email()).isEqualTo(entry.customer().email().toLowerCase());
    }

    private static String approvedCustomerOnA() {
        ProcessInstance instance = nodeA.getBean(EntryTestSupport.class).submitStartForm("sales1", EntryExamples.company());
        ProcessEngine engine = nodeA.getBean(ProcessEngine.class);
        String number = (String) engine.getRuntimeService().getVariable(instance.getId(), "customerNumber");
        String review = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        engine.getTaskService().complete(review, Map.of("reviewDecision", "APPROVE"));
        return number;
    }

    private static String tryToken(String number) {
        try {
            return nodeA.getBean(EntryTestSupport.class).confirmationToken(number);
        } catch (AssertionError notYet) {
            return null;
        }
    }

    private static HttpResponse<String> http(ConfigurableApplicationContext node, String method, String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port") + path);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JdbcTemplate jdbc(ConfigurableApplicationContext node) {
        return node.getBean(JdbcTemplate.class);
    }

    private static int sent(JdbcTemplate jdbc, String run) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE status = 'SENT' AND idempotency_key LIKE ?", Integer.class, run + "-%");
    }

    private static List<String> receivedSubjects(String run) {
        return Arrays.stream(TestMailServer.get().getReceivedMessages()).map(ClusterSchedulingTest::subject)
                .filter(s -> s != null && s.startsWith(run + " #")).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return null;
        }
    }

    record Fire(Date scheduledFor, String node) {
    }

    /** Notes each fire: when it was due and which node ran it. */
    public static class RecordingJob implements Job {

        static final Queue<Fire> FIRES = new ConcurrentLinkedQueue<>();

        @Override
        public void execute(JobExecutionContext context) {
            try {
                FIRES.add(new Fire(context.getScheduledFireTime(), context.getScheduler().getSchedulerInstanceId()));
            } catch (SchedulerException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
