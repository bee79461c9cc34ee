package com.lifeline.reverification;

import com.lifeline.crypto.KeysCommand;
import com.lifeline.schedules.SweepProgress;
import com.lifeline.support.ClusterNodes;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.KeyMatcher;
import org.quartz.listeners.JobListenerSupport;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The quarterly sweep on two nodes with a database of their own (so the customers it sweeps are this
 * class's only): batches, a crash inside a batch and the resumed run, a second run, and the sweep's
 * trigger firing once across both nodes after a firing was missed while they were down.
 */
class VerificationSweepTest {

    private static final int BATCH = 10;

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() throws IOException {
        Path keys = Files.createTempDirectory("lifeline-sweep-test").resolve("keys");
        assertThat(KeysCommand.run(new String[]{"keys", "init", "--out", keys.toString()}, System.out, System.err)).isZero();
        Map<String, String> node = Map.ofEntries(
                Map.entry("lifeline.keys.master-key-file", keys.resolve("master-keyset.json").toString()),
                Map.entry("lifeline.keys.index-key-file", keys.resolve("index-keyset.json").toString()),
                Map.entry("lifeline.keys.link-secret", ""),
                Map.entry("lifeline.keys.link-secret-file", keys.resolve("link-secret").toString()),
                Map.entry("lifeline.reverification.batch-size", String.valueOf(BATCH)),
                Map.entry("spring.quartz.properties.org.quartz.scheduler.idleWaitTime", "1000"),
                Map.entry("camunda.bpm.webapp.enabled", "false"));
        nodeA = ClusterNodes.startWithOwnDatabase("sweepA", node);
        nodeB = ClusterNodes.startOnDatabaseOf(nodeA, "sweepB", node);
    }

    @AfterAll
    static void stopNodes() {
        ClusterNodes.close(nodeA, nodeB);
    }

    @Test
    void aSweepStoppedInsideABatchResumesAfterTheLastCommittedBatchAndStartsEachVerificationOnce() {
        List<Long> customers = VerificationSeeds.activeCustomers(jdbc(), "RS", 25);
        VerificationSweep sweep = nodeA.getBean(VerificationSweep.class);
        AtomicInteger starts = new AtomicInteger();

        // the 15th start (in the second batch) fails as a crash would: that batch's 5 starts roll back with it
        assertThatThrownBy(() -> sweep.run(() -> false, id -> {
            if (starts.incrementAndGet() == 15) {
                throw new IllegalStateException("crash");
            }
        })).hasMessage("crash");

        assertThat(verificationsOf(customers)).isEqualTo(BATCH);
        assertThat(instancesOf("RS")).isEqualTo(BATCH);
        Map<String, Object> stopped = jdbc().queryForMap("SELECT id, total, examined, last_customer_id, finished_at FROM verification_sweep"
                + " ORDER BY id DESC LIMIT 1");
        assertThat(stopped).containsEntry("total", 25).containsEntry("examined", BATCH)
                .containsEntry("last_customer_id", customers.get(BATCH - 1)).containsEntry("finished_at", null);

        // another node resumes it
        SweepProgress done = nodeB.getBean(VerificationSweep.class).run(() -> false);

        assertThat(done.done()).isEqualTo(25);
        assertThat(done.total()).isEqualTo(25);
        assertThat(done.finishedAt()).isNotNull();
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM verification_sweep WHERE id = ?", Integer.class, stopped.get("id")))
                .isEqualTo(1);
        assertThat(jdbc().queryForObject("SELECT finished_at IS NOT NULL FROM verification_sweep WHERE id = ?", Boolean.class,
                stopped.get("id"))).isTrue();
        assertThat(verificationsOf(customers)).isEqualTo(25);
        assertThat(jdbc().queryForList("SELECT COUNT(*) FROM contact_verification WHERE customer_number LIKE 'RS%'"
                + " GROUP BY customer_id", Integer.class)).hasSize(25).containsOnly(1);
        assertThat(instancesOf("RS")).isEqualTo(25);

        // a second run finds nothing due: it starts nothing
        SweepProgress again = sweep.run(() -> false);
        assertThat(again.total()).isZero();
        assertThat(instancesOf("RS")).isEqualTo(25);
    }

    @Test
    void aStopBetweenBatchesKeepsTheCursorAtABatchBoundary() {
        List<Long> customers = VerificationSeeds.activeCustomers(jdbc(), "SB", 2 * BATCH + 3);
        AtomicInteger asked = new AtomicInteger();

        SweepProgress stopped = nodeA.getBean(VerificationSweep.class).run(() -> asked.incrementAndGet() > 2);

        assertThat(stopped.done()).isEqualTo(2 * BATCH);
        assertThat(stopped.finishedAt()).isNull();
        assertThat(verificationsOf(customers)).isEqualTo(2 * BATCH);
        long sweepId = jdbc().queryForObject("SELECT MAX(id) FROM verification_sweep", Long.class);
        assertThat(summariesOf(sweepId)).isEmpty();

        assertThat(nodeA.getBean(VerificationSweep.class).run(() -> false).done()).isEqualTo(2 * BATCH + 3);
        assertThat(verificationsOf(customers)).isEqualTo(2 * BATCH + 3);
        // the owner gets one summary of the sweep, and no email per verification task
        assertThat(summariesOf(sweepId)).singleElement().asString().contains((2 * BATCH + 3) + " 位客户待您核实");
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE 'task-%'", Integer.class))
                .isZero();
    }

    private static List<String> summariesOf(long sweepId) {
        return jdbc().queryForList("SELECT subject FROM outbox WHERE idempotency_key = ?", String.class,
                VerificationSweepNotices.key(sweepId, "sales1"));
    }

    @Test
    void aFiringMissedWhileBothNodesWereDownRunsOnceOnOneNode() throws Exception {
        List<Long> customers = VerificationSeeds.activeCustomers(jdbc(), "MF", 3);
        Scheduler a = nodeA.getBean(Scheduler.class);
        Scheduler b = nodeB.getBean(Scheduler.class);
        TriggerKey sweepTrigger = TriggerKey.triggerKey("verificationSweep", "lifeline");
        Queue<String> runs = new ConcurrentLinkedQueue<>();
        for (Scheduler scheduler : List.of(a, b)) {
            scheduler.getListenerManager().addJobListener(new Recorder(runs, scheduler),
                    KeyMatcher.keyEquals(ReverificationConfiguration.SWEEP_JOB));
        }
        a.standby();
        b.standby();
        // as if the nodes had been down over the quarter's start: the stored firing is ten minutes past
        jdbc().update("UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = ? WHERE TRIGGER_NAME = ? AND TRIGGER_GROUP = ?",
                System.currentTimeMillis() - 600_000, sweepTrigger.getName(), sweepTrigger.getGroup());
        a.start();
        b.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> verificationsOf(customers) == 3);
        await().pollDelay(Duration.ofSeconds(3)).until(() -> true);

        assertThat(runs).hasSize(1);
        Trigger after = a.getTrigger(sweepTrigger);
        assertThat(after.getMisfireInstruction()).isEqualTo(org.quartz.CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        assertThat(after.getNextFireTime()).isInTheFuture();
    }

    private static JdbcTemplate jdbc() {
        return nodeA.getBean(JdbcTemplate.class);
    }

    private static int verificationsOf(List<Long> customers) {
        return jdbc().queryForObject("SELECT COUNT(*) FROM contact_verification WHERE customer_id BETWEEN ? AND ?", Integer.class,
                customers.get(0), customers.get(customers.size() - 1));
    }

    private static long instancesOf(String prefix) {
        return nodeA.getBean(RuntimeService.class).createProcessInstanceQuery()
                .processDefinitionKey(VerificationVariables.PROCESS_KEY).processInstanceBusinessKeyLike(prefix + "%").count();
    }

    /** Notes which node ran the sweep job. */
    private static final class Recorder extends JobListenerSupport {

        private final Queue<String> runs;
        private final Scheduler scheduler;

        Recorder(Queue<String> runs, Scheduler scheduler) {
            this.runs = runs;
            this.scheduler = scheduler;
        }

        @Override
        public String getName() {
            return "sweep-recorder-" + System.identityHashCode(this);
        }

        @Override
        public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
            try {
                runs.add(scheduler.getSchedulerInstanceId());
            } catch (SchedulerException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
