package com.lifeline.schedules;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.web.InvalidRequestException;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every trigger of the clustered Quartz store, and an admin's changes to them: re-time (cron), pause,
 * resume, fire now. Quartz's tables are shared by all nodes, so a change holds on every node at once;
 * {@code schedule_override} keeps it over restarts, which rebuild the triggers from application.yml.
 */
@Service
public class Schedules {

    static final String CRON_FIELD = "cron";
    private static final Logger log = LoggerFactory.getLogger(Schedules.class);

    private final Scheduler scheduler;
    private final ScheduleMapper mapper;
    private final Map<JobKey, JobProgress> progress;
    private final AuditLog audit;
    private final Clock clock;

    Schedules(Scheduler scheduler, ScheduleMapper mapper, List<JobProgress> progress, AuditLog audit, Clock clock) {
        this.scheduler = scheduler;
        this.mapper = mapper;
        this.progress = progress.stream().collect(Collectors.toMap(JobProgress::job, Function.identity()));
        this.audit = audit;
        this.clock = clock;
    }

    public List<Schedule> list() {
        try {
            List<Schedule> all = new ArrayList<>();
            for (String group : scheduler.getTriggerGroupNames()) {
                for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(group))) {
                    Trigger trigger = scheduler.getTrigger(key);
                    if (trigger != null && !oneOff(key)) {
                        all.add(view(trigger));
                    }
                }
            }
            all.sort(Comparator.comparing(Schedule::group).thenComparing(Schedule::name));
            return all;
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    public Schedule get(String group, String name) {
        return view(trigger(group, name));
    }

    /**
     * Re-times ({@code cron} not null) and/or pauses or resumes ({@code paused} not null) one schedule.
     *
     * @throws InvalidRequestException 400 on a cron Quartz cannot read, that never fires again, or on a fixed-interval trigger
     */
    public Schedule change(String group, String name, String cron, Boolean paused, String actor) {
        Trigger trigger = trigger(group, name);
        try {
            if (cron != null) {
                retime(trigger, checkedCron(trigger, cron.strip()));
                audit.record(actor, AuditAction.CHANGE, null, "schedule " + group + "/" + name + " cron " + cron.strip());
            }
            if (paused != null) {
                if (paused) {
                    scheduler.pauseTrigger(trigger.getKey());
                } else {
                    scheduler.resumeTrigger(trigger.getKey());
                }
                audit.record(actor, AuditAction.CHANGE, null, "schedule " + group + "/" + name + (paused ? " paused" : " resumed"));
            }
            Schedule changed = get(group, name);
            mapper.saveOverride(group, name, changed.cron(), changed.paused(), actor, clock.instant());
            log.info("Schedule {}/{} changed by {}: cron {}, {}", group, name, actor, changed.cron(),
                    changed.paused() ? "paused" : "running");
            return changed;
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the schedule's job once now, on whichever node takes it; a job that must not overlap waits for its running run. */
    public void fireNow(String group, String name, String actor) {
        Trigger trigger = trigger(group, name);
        try {
            scheduler.triggerJob(trigger.getJobKey());
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
        audit.record(actor, AuditAction.CHANGE, null, "schedule " + group + "/" + name + " fired now");
        log.info("Schedule {}/{} fired now by {}", group, name, actor);
    }

    /** The triggers were just rebuilt from application.yml: what admins changed holds again. */
    @EventListener(ApplicationReadyEvent.class)
    void applyOverrides() throws SchedulerException {
        for (ScheduleMapper.Override override : mapper.overrides()) {
            Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey(override.triggerName(), override.triggerGroup()));
            if (trigger == null) {
                continue;
            }
            if (trigger instanceof CronTrigger cronTrigger && override.cron() != null
                    && !override.cron().equals(cronTrigger.getCronExpression()) && CronExpression.isValidExpression(override.cron())) {
                retime(trigger, override.cron());
            }
            if (override.paused()) {
                scheduler.pauseTrigger(trigger.getKey());
            } else if (scheduler.getTriggerState(trigger.getKey()) == Trigger.TriggerState.PAUSED) {
                scheduler.resumeTrigger(trigger.getKey());
            }
        }
    }

    private String checkedCron(Trigger trigger, String cron) {
        if (!(trigger instanceof CronTrigger current)) {
            throw new InvalidRequestException(CRON_FIELD, "该计划按固定间隔运行,不能设置 cron");
        }
        CronExpression expression;
        try {
            expression = new CronExpression(cron);
        } catch (ParseException e) {
            throw new InvalidRequestException(CRON_FIELD, "不是有效的 Quartz cron(秒 分 时 日 月 周 [年]):" + e.getMessage());
        }
        expression.setTimeZone(current.getTimeZone());
        if (expression.getNextValidTimeAfter(Date.from(clock.instant())) == null) {
            throw new InvalidRequestException(CRON_FIELD, "该 cron 以后不会再触发");
        }
        return cron;
    }

    private void retime(Trigger trigger, String cron) throws SchedulerException {
        CronTrigger current = (CronTrigger) trigger;
        boolean wasPaused = scheduler.getTriggerState(trigger.getKey()) == Trigger.TriggerState.PAUSED;
        CronScheduleBuilder schedule = CronScheduleBuilder.cronSchedule(cron).inTimeZone(current.getTimeZone());
        schedule = switch (current.getMisfireInstruction()) {
            case CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING -> schedule.withMisfireHandlingInstructionDoNothing();
            case Trigger.MISFIRE_INSTRUCTION_IGNORE_MISFIRE_POLICY -> schedule.withMisfireHandlingInstructionIgnoreMisfires();
            default -> schedule.withMisfireHandlingInstructionFireAndProceed();
        };
        Trigger retimed = TriggerBuilder.newTrigger().withIdentity(trigger.getKey()).forJob(trigger.getJobKey())
                .withDescription(trigger.getDescription()).usingJobData(trigger.getJobDataMap())
                .withPriority(trigger.getPriority()).withSchedule(schedule).build();
        scheduler.rescheduleJob(trigger.getKey(), retimed);
        if (wasPaused) {
            // a re-stored trigger starts unpaused
            scheduler.pauseTrigger(trigger.getKey());
        }
    }

    private Trigger trigger(String group, String name) {
        try {
            Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey(name, group));
            if (trigger == null || oneOff(trigger.getKey())) {
                throw new UnknownScheduleException(group, name);
            }
            return trigger;
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fire-now's one-off triggers (Quartz names them MT_… in the default group) are not schedules. */
    private static boolean oneOff(TriggerKey key) {
        return Scheduler.DEFAULT_GROUP.equals(key.getGroup()) && key.getName().startsWith("MT_");
    }

    private Schedule view(Trigger trigger) {
        try {
            TriggerKey key = trigger.getKey();
            JobKey job = trigger.getJobKey();
            String description = Optional.ofNullable(trigger.getDescription())
                    .or(() -> Optional.ofNullable(jobDescription(job))).orElse(job.getName());
            String cron = trigger instanceof CronTrigger c ? c.getCronExpression() : null;
            TimeZone zone = trigger instanceof CronTrigger c ? c.getTimeZone() : null;
            Long interval = trigger instanceof SimpleTrigger s ? s.getRepeatInterval() / 1000 : null;
            return new Schedule(key.getGroup(), key.getName(), description, cron, interval,
                    zone == null ? null : zone.getID(), scheduler.getTriggerState(key).name(),
                    instant(trigger.getNextFireTime()), instant(trigger.getPreviousFireTime()),
                    mapper.lastRun(job.getGroup(), job.getName()).orElse(null),
                    Optional.ofNullable(progress.get(job)).flatMap(JobProgress::current).orElse(null));
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    private String jobDescription(JobKey job) {
        try {
            var detail = scheduler.getJobDetail(job);
            return detail == null ? null : detail.getDescription();
        } catch (SchedulerException e) {
            return null;
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
