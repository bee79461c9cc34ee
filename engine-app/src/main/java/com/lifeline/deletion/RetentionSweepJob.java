package com.lifeline.deletion;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Quartz's clustered store fires it on one node per schedule. */
@DisallowConcurrentExecution
public class RetentionSweepJob extends QuartzJobBean {

    private final RetentionSweep sweep;

    public RetentionSweepJob(RetentionSweep sweep) {
        this.sweep = sweep;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        sweep.sweep();
    }
}
