package com.lifeline.dormancy;

import com.lifeline.database.GeneratedId;
import com.lifeline.schedules.SweepProgress;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Monthly: one dormancy check per ACTIVE customer silent for {@code lifeline.dormancy.silent-for}. Walks
 * customers by id in batches, one transaction each (the checks started and the run's position commit
 * together), so a run stopped or crashed resumes after its last committed batch, and a customer with an
 * open check never gets a second one (also not from a later run). Who checks is the model's choice
 * (dormancy-check.bpmn asks dormancy-stewards.dmn): the sweep only starts the process with the customer's facts.
 */
@Service
public class DormancySweep {

    private static final Logger log = LoggerFactory.getLogger(DormancySweep.class);

    private final DormancySweepMapper runs;
    private final DormancyCheckMapper checks;
    private final RuntimeService runtime;
    private final TransactionTemplate transactions;
    private final DormancyProperties properties;
    private final Clock clock;

    DormancySweep(DormancySweepMapper runs, DormancyCheckMapper checks, RuntimeService runtime,
                  PlatformTransactionManager transactions, DormancyProperties properties, Clock clock) {
        this.runs = runs;
        this.checks = checks;
        this.runtime = runtime;
        // a transaction per batch: what a batch started commits with the run's position
        this.transactions = new TransactionTemplate(transactions);
        this.properties = properties;
        this.clock = clock;
    }

    /** Runs (or resumes) the sweep to its end; returns the run. */
    public SweepRun sweep() {
        return sweep(Integer.MAX_VALUE, properties.batchSize());
    }

    /** The current or last run, for the schedules admin. */
    public Optional<SweepProgress> progress() {
        return runs.latest().map(r -> new SweepProgress(r.examined(), r.total(), r.startedAt(),
                r.updatedAt() != null ? r.updatedAt() : r.startedAt(), r.finishedAt()));
    }

    /** At most {@code maxBatches} batches of the unfinished run (a new one if none); the rest waits for the next call. */
    SweepRun sweep(int maxBatches, int batchSize) {
        long runId = transactions.execute(status -> unfinishedOrNew().id());
        for (int batch = 0; batch < maxBatches; batch++) {
            if (!Boolean.TRUE.equals(transactions.execute(status -> nextBatch(runId, batchSize)))) {
                break;
            }
        }
        return runs.lock(runId).orElseThrow();
    }

    private SweepRun unfinishedOrNew() {
        return runs.findUnfinished().orElseGet(() -> {
            Instant now = clock.instant();
            Instant silentSince = ZonedDateTime.ofInstant(now, clock.getZone()).minus(properties.silentFor()).toInstant();
            GeneratedId key = new GeneratedId();
            int total = checks.countSilent(silentSince);
            runs.insert(key, silentSince, total, now);
            log.info("Dormancy sweep {} started: {} ACTIVE customers without interaction since {}", key.getId(), total,
                    silentSince);
            return runs.lock(key.getId()).orElseThrow();
        });
    }

    /** @return whether more may follow */
    private boolean nextBatch(long runId, int batchSize) {
        SweepRun run = runs.lock(runId).orElseThrow();
        if (run.finishedAt() != null) {
            return false;
        }
        List<SilentCustomer> batch = checks.silentCustomers(run.lastCustomerId(), run.silentSince(), batchSize);
        if (batch.isEmpty()) {
            runs.finish(runId, clock.instant());
            log.info("Dormancy sweep {} finished: {} checks started", runId, run.checksStarted());
            return false;
        }
        int started = 0;
        for (SilentCustomer customer : batch) {
            if (startCheck(run.id(), customer)) {
                started++;
            }
        }
        runs.advance(runId, batch.get(batch.size() - 1).id(), batch.size(), started, clock.instant());
        log.info("Dormancy sweep {}: {} of {} customers examined, {} more checks", runId, run.examined() + batch.size(),
                run.total(), started);
        return true;
    }

    /** One check for the customer, routed by the model; false if the customer has an open one. */
    boolean startCheck(Long runId, SilentCustomer customer) {
        GeneratedId key = new GeneratedId();
        try {
            checks.insert(key, customer.id(), customer.customerNumber(), runId, clock.instant());
        } catch (DuplicateKeyException e) {
            // a check opened a moment ago (another path): that one goes on
            return false;
        }
        // started by the application: the variables are ours, and routing reads only them
        Map<String, Object> variables = new HashMap<>();
        variables.put(DormancyVariables.CHECK_ID, key.getId());
        variables.put(DormancyVariables.CUSTOMER_ID, customer.id());
        variables.put(DormancyVariables.CUSTOMER_NUMBER, customer.customerNumber());
        variables.put(DormancyVariables.OWNER, customer.ownerUserId());
        String instance = runtime.startProcessInstanceByKey(DormancyVariables.PROCESS_KEY, customer.customerNumber(),
                variables).getId();
        checks.setProcessInstance(key.getId(), instance);
        return true;
    }
}
