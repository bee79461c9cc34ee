package com.lifeline.notification;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The safety net behind the after-commit dispatch: sends retries when they fall due and notices
 * whose wake-up was lost in a crash. Quartz's clustered store runs it on one node at a time.
 */
@DisallowConcurrentExecution
public class OutboxDispatchJob extends QuartzJobBean {

    private final OutboxDispatcher dispatcher;

    public OutboxDispatchJob(OutboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        dispatcher.dispatchDue();
    }
}
