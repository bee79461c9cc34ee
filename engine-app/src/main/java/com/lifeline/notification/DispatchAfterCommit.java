package com.lifeline.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;

import java.util.concurrent.ThreadPoolExecutor;

/**
 * Starts a dispatch on a background thread once a transaction that enqueued notices has
 * committed, so they go out within moments and the committing thread never waits for a mail
 * server. One instance serves every transaction; Spring keeps a synchronization once per
 * transaction, so a transaction enqueueing many notices wakes the dispatcher once.
 */
@Component
class DispatchAfterCommit implements TransactionSynchronization, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DispatchAfterCommit.class);

    private final OutboxDispatcher dispatcher;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    DispatchAfterCommit(OutboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
        executor.setThreadNamePrefix("outbox-dispatch-");
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        // a dispatch still waiting in the queue will see every row committed before it starts,
        // so further wake-ups while one waits add nothing and are dropped
        executor.setQueueCapacity(1);
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.DiscardPolicy());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
    }

    @Override
    public void afterCommit() {
        executor.execute(this::dispatch);
    }

    private void dispatch() {
        try {
            dispatcher.dispatchDue();
        } catch (RuntimeException e) {
            log.warn("Dispatch after commit failed; the scheduled outbox job will retry", e);
        }
    }

    /** Owned here rather than a bean so it stops before the dispatcher's data source does. */
    @Override
    public void destroy() {
        executor.shutdown();
    }
}
