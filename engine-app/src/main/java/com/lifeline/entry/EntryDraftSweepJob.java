package com.lifeline.entry;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Quartz's clustered store fires it on one node per schedule. */
@DisallowConcurrentExecution
public class EntryDraftSweepJob extends QuartzJobBean {

    private final EntryDraftSweep sweep;

    public EntryDraftSweepJob(EntryDraftSweep sweep) {
        this.sweep = sweep;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        sweep.sweep();
    }
}
