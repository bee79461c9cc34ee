package com.lifeline.inbox;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Quartz's clustered store fires it on one node per schedule. */
@DisallowConcurrentExecution
public class DailyDigestJob extends QuartzJobBean {

    private final DailyDigest digest;

    public DailyDigestJob(DailyDigest digest) {
        this.digest = digest;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        digest.sendAll();
    }
}
