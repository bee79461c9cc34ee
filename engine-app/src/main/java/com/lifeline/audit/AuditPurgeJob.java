package com.lifeline.audit;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

import java.time.Clock;

/** Deletes audit entries older than the retention; the clustered Quartz store runs it on one node. */
@DisallowConcurrentExecution
public class AuditPurgeJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(AuditPurgeJob.class);

    private final AuditChain chain;
    private final AuditProperties properties;
    private final Clock clock;

    public AuditPurgeJob(AuditChain chain, AuditProperties properties, Clock clock) {
        this.chain = chain;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        int deleted = chain.purgeBefore(clock.instant().minus(properties.retention()));
        log.info("Audit purge: {} entries older than {} deleted", deleted, properties.retention());
    }
}
