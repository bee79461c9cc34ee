package com.lifeline.quality;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Nightly; Quartz's clustered store fires it on one node. */
@DisallowConcurrentExecution
public class QualitySnapshotJob extends QuartzJobBean {

    private final QualityReports reports;

    public QualitySnapshotJob(QualityReports reports) {
        this.reports = reports;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        reports.snapshot();
    }
}
