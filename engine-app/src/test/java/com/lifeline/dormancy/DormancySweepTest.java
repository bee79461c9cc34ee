package com.lifeline.dormancy;

import com.lifeline.support.EngineClock;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.lifeline.schedules.SweepProgress;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly sweep: batches of the given size, one check per silent ACTIVE customer, resumes a stopped run
 * where it stopped, a crash inside a batch leaves nothing behind, and a second run starts nothing new.
 * Other classes' customers share the database: assertions are about this class's customers and the run's numbers.
 */
@LifelineIntegrationTest
class DormancySweepTest {

    private static final Instant NOW = ZonedDateTime.parse("2026-12-04T02:00:00+08:00[Asia/Shanghai]").toInstant();
    private static final Instant SEVEN_MONTHS_AGO = ZonedDateTime.parse("2026-05-01T10:00:00+08:00[Asia/Shanghai]").toInstant();
    private static final Instant FIVE_MONTHS_AGO = ZonedDateTime.parse("2026-07-01T10:00:00+08:00[Asia/Shanghai]").toInstant();

    @Autowired
    DormancySweep sweep;
    @Autowired
    DormancyTestSupport support;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    Scheduler scheduler;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @RegisterExtension
    final EngineClock clock = EngineClock.startingAt(NOW);

    @BeforeEach
    void setUp() {
        // a run another class left unfinished would be resumed with its own cut-off
        jdbc.update("UPDATE dormancy_sweep SET finished_at = ? WHERE finished_at IS NULL", java.sql.Timestamp.from(NOW));
    }

    @Test
    void aStoppedSweepResumesWhereItStoppedAndNoCustomerGetsTwoChecks() {
        List<SilentCustomer> silent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            silent.add(support.silentSince(SEVEN_MONTHS_AGO, false));
        }
        SilentCustomer recent = support.silentSince(FIVE_MONTHS_AGO, false);

        SweepRun stopped = sweep.sweep(1, 2);

        assertThat(stopped.finishedAt()).isNull();
        assertThat(stopped.checksStarted()).isEqualTo(2);
        assertThat(stopped.silentSince()).isEqualTo(ZonedDateTime.parse("2026-06-04T02:00:00+08:00[Asia/Shanghai]").toInstant());
        for (SilentCustomer customer : silent) {
            assertThat(support.checks(customer.customerNumber())).as(customer.customerNumber())
                    .isEqualTo(customer.id() <= stopped.lastCustomerId() ? 1 : 0);
        }
        // what the schedules admin shows meanwhile
        SweepProgress halfway = sweep.progress().orElseThrow();
        assertThat(halfway.done()).isEqualTo(2);
        assertThat(halfway.total()).isGreaterThanOrEqualTo(silent.size()).isEqualTo(stopped.total());
        assertThat(halfway.finishedAt()).isNull();

        SweepRun resumed = sweep.sweep();

        assertThat(resumed.id()).isEqualTo(stopped.id());
        assertThat(resumed.finishedAt()).isNotNull();
        for (SilentCustomer customer : silent) {
            assertThat(support.checks(customer.customerNumber())).as(customer.customerNumber()).isEqualTo(1);
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(DormancyVariables.PROCESS_KEY)
                    .processInstanceBusinessKey(customer.customerNumber()).count()).isEqualTo(1);
            // routed by the model (dormancy-stewards.dmn), offered to the data stewards, nobody picked in Java
            Task check = tasks.createTaskQuery().processDefinitionKey(DormancyVariables.PROCESS_KEY)
                    .processInstanceBusinessKey(customer.customerNumber()).singleResult();
            assertThat(check.getAssignee()).isNull();
            assertThat(tasks.getIdentityLinksForTask(check.getId())).filteredOn(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                    .extracting(IdentityLink::getGroupId).containsExactly("data-stewards");
        }
        assertThat(support.checks(recent.customerNumber())).isZero();
        assertThat(resumed.examined()).isEqualTo(resumed.total());
        assertThat(sweep.progress().orElseThrow().percent()).isEqualTo(100);
        assertThat(resumed.checksStarted()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM dormancy_check WHERE sweep_id = ?", Integer.class, resumed.id()));

        SweepRun again = sweep.sweep();

        assertThat(again.id()).isNotEqualTo(resumed.id());
        for (SilentCustomer customer : silent) {
            assertThat(support.checks(customer.customerNumber())).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dormancy_check WHERE sweep_id = ? AND customer_id IN (?, ?, ?, ?, ?)",
                Integer.class, again.id(), silent.get(0).id(), silent.get(1).id(), silent.get(2).id(), silent.get(3).id(),
                silent.get(4).id())).isZero();
    }

    @Test
    void aCrashInsideABatchLeavesNothingAndTheNextFiringStartsCleanly() {
        SilentCustomer customer = support.silentSince(SEVEN_MONTHS_AGO, false);
        TransactionTemplate crashing = new TransactionTemplate(transactions);

        // the node dies before the batch commits: everything the batch did rolls back with it
        crashing.executeWithoutResult(status -> {
            sweep.sweep(1, 1000);
            status.setRollbackOnly();
        });

        assertThat(support.checks(customer.customerNumber())).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(customer.customerNumber())
                .processDefinitionKey(DormancyVariables.PROCESS_KEY).count()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dormancy_sweep WHERE finished_at IS NULL", Integer.class)).isZero();

        sweep.sweep();

        assertThat(support.openChecks(customer.customerNumber())).isEqualTo(1);
    }

    @Test
    void theSweepIsAQuartzJobOfTheLifelineGroupOnTheConfiguredCron() throws Exception {
        assertThat(scheduler.checkExists(JobKey.jobKey("dormancy-sweep", "lifeline"))).isTrue();
        CronTrigger trigger = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey("dormancy-sweep", "lifeline"));
        assertThat(trigger.getCronExpression()).isEqualTo("0 30 2 1 * ?");
        assertThat(trigger.getTimeZone().getID()).isEqualTo("Asia/Shanghai");
    }
}
