package com.lifeline.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Sends due outbox rows. Each row is first claimed with a conditional update, so of several
 * dispatchers (threads or nodes) exactly one sends it. The claim and each outcome are single
 * conditional updates, autocommitted outside any transaction (visible to other nodes at once, and no
 * BEGIN/COMMIT round trips: every task notice is dispatched this way), and nothing is held open while
 * a channel is talking to its server.
 * A dispatcher that dies mid-send leaves its row SENDING until the claim expires; the row is then
 * sent again under the same idempotency key, which lets the receiver drop the repeat.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int BATCH_SIZE = 50;

    private final OutboxMapper mapper;
    private final EmailSender emailSender;
    private final SmsGateway smsGateway;
    private final RetrySchedule retrySchedule;
    private final long claimSeconds;
    private final TransactionTemplate autocommit;

    OutboxDispatcher(OutboxMapper mapper, EmailSender emailSender, SmsGateway smsGateway,
                     PlatformTransactionManager transactionManager, NotificationProperties properties) {
        this.mapper = mapper;
        this.emailSender = emailSender;
        this.smsGateway = smsGateway;
        this.retrySchedule = RetrySchedule.from(properties);
        this.claimSeconds = properties.claimTimeout().toSeconds();
        this.autocommit = new TransactionTemplate(transactionManager);
        // outside any caller's transaction: a claim must be visible to other nodes at once
        autocommit.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    /** Sends every row that is due now; safe to run on several threads and nodes at once. */
    public void dispatchDue() {
        List<Long> due;
        do {
            due = mapper.findDueIds(BATCH_SIZE);
            due.forEach(id -> claim(id).ifPresent(this::dispatch));
        } while (due.size() == BATCH_SIZE);
    }

    private Optional<OutboxRow> claim(long id) {
        return autocommit.execute(tx -> mapper.claim(id, claimSeconds) == 1
                ? Optional.of(mapper.findById(id))
                : Optional.<OutboxRow>empty());
    }

    private void dispatch(OutboxRow row) {
        if (!retrySchedule.allowsAttempt(row.attempts())) {
            // the last allowed attempt died mid-send; whether it got through is unknown
            giveUp(row, "the last attempt was interrupted");
            return;
        }
        Outcome outcome = send(row);
        if (outcome.failure() != null) {
            recordFailure(row, outcome.failure());
        } else {
            warnIfTakenOver(row, autocommit.execute(tx -> mapper.markDone(row.id(), row.attempts(), outcome.status())));
        }
    }

    /** SENT or LOGGED when the channel took the notice, else why it failed. */
    private record Outcome(DeliveryStatus status, String failure) {
    }

    private Outcome send(OutboxRow row) {
        try {
            return new Outcome(switch (row.message().channel()) {
                case EMAIL -> {
                    emailSender.send(row.message());
                    yield DeliveryStatus.SENT;
                }
                case SMS -> smsGateway.send(row.id(), row.message());
            }, null);
        } catch (DeliveryException e) {
            return new Outcome(null, e.getMessage());
        } catch (RuntimeException e) {
            // a foreign exception's message may quote the recipient: keep its type only
            return new Outcome(null, "unexpected " + e.getClass().getName());
        }
    }

    private void recordFailure(OutboxRow row, String reason) {
        if (!retrySchedule.allowsAttempt(row.attempts() + 1)) {
            giveUp(row, reason);
            return;
        }
        Duration delay = retrySchedule.delayAfterFailedAttempt(row.attempts());
        warnIfTakenOver(row, autocommit.execute(tx ->
                mapper.markForRetry(row.id(), row.attempts(), delay.toSeconds(), reason)));
        log.info("Outbox message {} attempt {} failed ({}); next attempt in {}", row.id(), row.attempts(), reason, delay);
    }

    private void giveUp(OutboxRow row, String reason) {
        warnIfTakenOver(row, autocommit.execute(tx -> mapper.markFailed(row.id(), row.attempts(), reason)));
        log.warn("Outbox message {} FAILED after {} attempts", row.id(), row.attempts());
    }

    private static void warnIfTakenOver(OutboxRow row, Integer updatedRows) {
        if (updatedRows == null || updatedRows == 0) {
            log.warn("Outbox message {} was taken over by another dispatcher while attempt {} ran; "
                    + "lifeline.notification.claim-timeout may be too short", row.id(), row.attempts());
        }
    }
}
