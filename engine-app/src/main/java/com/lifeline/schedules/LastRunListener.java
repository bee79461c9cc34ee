package com.lifeline.schedules;

import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.listeners.JobListenerSupport;

import java.time.Clock;

/** Notes every job's start and outcome (on whichever node ran it) for the schedules admin. */
class LastRunListener extends JobListenerSupport {

    private final ScheduleMapper mapper;
    private final Clock clock;

    LastRunListener(ScheduleMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public String getName() {
        return "lifeline-last-run";
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {
        JobKey job = context.getJobDetail().getKey();
        mapper.started(job.getGroup(), job.getName(), node(context), clock.instant());
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        JobKey job = context.getJobDetail().getKey();
        // the class only: an exception's message may quote data
        String error = failure == null ? null : rootCause(failure).getClass().getName();
        mapper.finished(job.getGroup(), job.getName(), failure == null ? "SUCCEEDED" : "FAILED", error, clock.instant());
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String node(JobExecutionContext context) {
        try {
            return context.getScheduler().getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return null;
        }
    }
}
