package com.lifeline.reverification;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.InterruptableJob;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Quartz's clustered store fires it on one node per schedule, never two runs at once. Interrupted
 * (shutdown), it stops after the current batch; a node dying mid-run is recovered by another node
 * (the job requests recovery), and either way the sweep resumes at its cursor.
 */
@DisallowConcurrentExecution
public class VerificationSweepJob extends QuartzJobBean implements InterruptableJob {

    private final VerificationSweep sweep;
    private volatile boolean interrupted;

    public VerificationSweepJob(VerificationSweep sweep) {
        this.sweep = sweep;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        sweep.run(() -> interrupted);
    }

    @Override
    public void interrupt() {
        interrupted = true;
    }
}
