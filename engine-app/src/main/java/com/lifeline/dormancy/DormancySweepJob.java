package com.lifeline.dormancy;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Quartz's clustered store fires it on one node per schedule; a firing after a crash resumes the run. */
@DisallowConcurrentExecution
public class DormancySweepJob extends QuartzJobBean {

    private final DormancySweep sweep;

    public DormancySweepJob(DormancySweep sweep) {
        this.sweep = sweep;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        sweep.sweep();
    }
}
