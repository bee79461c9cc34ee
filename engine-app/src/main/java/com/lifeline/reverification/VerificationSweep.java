package com.lifeline.reverification;

import com.lifeline.database.GeneratedId;
import com.lifeline.schedules.SweepProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Starts the quarter's verifications: every ACTIVE customer with a contact last verified before the
 * quarter began, in batches by customer id (never all in memory). Each batch is one transaction: its
 * verifications, their process starts and the sweep's cursor commit together, so a sweep stopped by a
 * crash resumes after the last committed batch and starts nothing twice.
 */
@Service
public class VerificationSweep {

    private static final Logger log = LoggerFactory.getLogger(VerificationSweep.class);

    /** Told after each start; a test's observer may throw to stand for a crash inside a batch. */
    interface Observer {
        Observer NONE = customerId -> { };

        void started(long customerId);
    }

    private final VerificationMapper mapper;
    private final Verifications verifications;
    private final TransactionTemplate batch;
    private final VerificationSweepNotices notices;
    private final ReverificationProperties properties;
    private final Clock clock;

    VerificationSweep(VerificationMapper mapper, Verifications verifications, VerificationSweepNotices notices,
                      PlatformTransactionManager transactions, ReverificationProperties properties, Clock clock) {
        this.mapper = mapper;
        this.verifications = verifications;
        this.notices = notices;
        this.batch = new TransactionTemplate(transactions);
        this.properties = properties;
        this.clock = clock;
    }

    /** Runs (or resumes) this quarter's sweep to its end; {@code stop} is asked between batches. */
    public SweepProgress run(BooleanSupplier stop) {
        return run(stop, Observer.NONE);
    }

    SweepProgress run(BooleanSupplier stop, Observer observer) {
        LocalDate quarter = verifications.currentQuarter();
        Instant quarterStartsAt = quarter.atStartOfDay(verifications.zone()).toInstant();
        VerificationMapper.Sweep sweep = mapper.unfinishedSweep(quarter).map(resumed -> {
            log.info("Verification sweep {} of quarter {} resumes after customer {} ({}/{} done)", resumed.id(), quarter,
                    resumed.lastCustomerId(), resumed.examined(), resumed.total());
            return resumed;
        }).orElseGet(() -> begin(quarter, quarterStartsAt));
        long cursor = sweep.lastCustomerId();
        Instant lastLog = clock.instant();
        while (!stop.getAsBoolean()) {
            long after = cursor;
            Optional<Long> next = batch.execute(tx -> oneBatch(sweep.id(), quarter, quarterStartsAt, after, observer));
            if (next.isEmpty()) {
                batch.executeWithoutResult(tx -> {
                    mapper.finishSweep(sweep.id(), clock.instant());
                    notices.sweepFinished(sweep.id());
                });
                SweepProgress done = progress().orElseThrow();
                log.info("Verification sweep {} of quarter {} finished: {} customers, {} verifications started, {}/s",
                        sweep.id(), quarter, done.done(), mapper.latestSweep().map(VerificationMapper.Sweep::started).orElse(0),
                        String.format("%.1f", done.perSecond()));
                return done;
            }
            cursor = next.get();
            if (!clock.instant().isBefore(lastLog.plus(properties.progressLogInterval()))) {
                lastLog = clock.instant();
                progress().ifPresent(p -> log.info("Verification sweep {}: {}/{} customers ({}/s), estimated end {}",
                        sweep.id(), p.done(), p.total(), String.format("%.1f", p.perSecond()), p.estimatedEnd()));
            }
        }
        log.info("Verification sweep {} stopped after customer {}; the next run resumes there", sweep.id(), cursor);
        return progress().orElseThrow();
    }

    /** The current or last sweep. */
    public Optional<SweepProgress> progress() {
        return mapper.latestSweep().map(s -> new SweepProgress(s.examined(), s.total(), s.startedAt(), s.updatedAt(), s.finishedAt()));
    }

    private VerificationMapper.Sweep begin(LocalDate quarter, Instant quarterStartsAt) {
        GeneratedId key = new GeneratedId();
        int total = mapper.countDue(quarter, quarterStartsAt);
        mapper.insertSweep(key, quarter, total, clock.instant());
        log.info("Verification sweep {} of quarter {} begins: {} customers due", key.getId(), quarter, total);
        return mapper.unfinishedSweep(quarter).orElseThrow();
    }

    /** @return the last customer id of the batch, empty when none was left */
    private Optional<Long> oneBatch(long sweepId, LocalDate quarter, Instant quarterStartsAt, long after, Observer observer) {
        List<VerificationMapper.Due> due = mapper.due(quarter, quarterStartsAt, after, properties.batchSize());
        if (due.isEmpty()) {
            return Optional.empty();
        }
        int started = 0;
        for (VerificationMapper.Due customer : due) {
            if (verifications.startIfNone(customer, quarter, sweepId)) {
                started++;
                observer.started(customer.customerId());
            }
        }
        long last = due.get(due.size() - 1).customerId();
        mapper.advanceSweep(sweepId, last, due.size(), started, clock.instant());
        return Optional.of(last);
    }
}
