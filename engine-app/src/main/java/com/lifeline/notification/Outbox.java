package com.lifeline.notification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where features put emails and SMS. A notice is written in the caller's transaction, so it
 * exists exactly when the business change does, and it is sent only after that commit.
 */
@Service
public class Outbox {

    private final OutboxMapper mapper;
    private final DispatchAfterCommit dispatchAfterCommit;

    Outbox(OutboxMapper mapper, DispatchAfterCommit dispatchAfterCommit) {
        this.mapper = mapper;
        this.dispatchAfterCommit = dispatchAfterCommit;
    }

    /**
     * Queues the notice in the current transaction (there must be one). A notice whose
     * idempotency key is already in the outbox is the same notice: nothing is added.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(OutboundMessage message) {
        if (firstInThisTransaction(message)) {
            mapper.insertUnlessKeyExists(message, false);
        }
        TransactionSynchronizationManager.registerSynchronization(dispatchAfterCommit);
    }

    /** Like {@link #enqueue}, for someone being erased: recipient and text are deleted once the message is done. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueueForgettingRecipient(OutboundMessage message) {
        if (firstInThisTransaction(message)) {
            mapper.insertUnlessKeyExists(message, true);
        }
        TransactionSynchronizationManager.registerSynchronization(dispatchAfterCommit);
    }

    /**
     * Whether no notice with this key was queued in this transaction yet. The same key again (a task created
     * with an assignee fires both its create and its assignment listener) would insert nothing anyway: this
     * saves that statement. The keys live in a synchronization of this transaction, so a transaction of its
     * own (REQUIRES_NEW) inside it starts with none.
     */
    private boolean firstInThisTransaction(OutboundMessage message) {
        QueuedKeys queued = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(QueuedKeys.class::isInstance).map(QueuedKeys.class::cast).findFirst()
                .orElseGet(() -> {
                    QueuedKeys keys = new QueuedKeys();
                    TransactionSynchronizationManager.registerSynchronization(keys);
                    return keys;
                });
        return queued.keys.add(message.idempotencyKey());
    }

    /** The idempotency keys queued in one transaction. */
    private static final class QueuedKeys implements TransactionSynchronization {
        private final Set<String> keys = new HashSet<>();
    }

    /** Erasure: every message to these addresses (phones, emails), sent or not, is deleted. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int forgetRecipients(Collection<String> recipients) {
        return recipients.isEmpty() ? 0 : mapper.deleteByRecipients(recipients);
    }

    public Optional<DeliveryState> findByKey(String idempotencyKey) {
        return mapper.findStateByKey(idempotencyKey);
    }

    /** Notices waiting to be delivered: PENDING, or SENDING right now (the metrics gauges). */
    public int countUndelivered() {
        return mapper.countByStatus(List.of(DeliveryStatus.PENDING, DeliveryStatus.SENDING));
    }

    /** Notices given up after the configured attempts. */
    public int countFailed() {
        return mapper.countByStatus(List.of(DeliveryStatus.FAILED));
    }
}
