package com.lifeline.export;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Quartz's clustered store fires it on one node per schedule. */
@DisallowConcurrentExecution
public class ExportPurgeJob extends QuartzJobBean {

    private final ExportArchives archives;

    public ExportPurgeJob(ExportArchives archives) {
        this.archives = archives;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        archives.purgeExpired();
    }
}
