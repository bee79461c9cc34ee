package com.lifeline.inbox;

import com.lifeline.calendar.WorkingDays;
import com.lifeline.notification.OutboundMessage;
import com.lifeline.notification.Outbox;
import com.lifeline.notification.StaffNotices;
import com.lifeline.taskkind.TaskKind;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The morning email: each user's assigned tasks due by the end of today and those already
 * overdue, then the approvals waiting for them (tasks of kind {@code approval} assigned or offered
 * to them or their groups, as an escalation offers an overdue review). Sent on working days only,
 * once per user and day (the idempotency key holds the date, so a second run or a second node adds
 * nothing). Users who switched it off get none.
 */
@Service
public class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TaskService tasks;
    private final IdentityService identity;
    private final DigestPreferences preferences;
    private final WorkingDays workingDays;
    private final Outbox outbox;
    private final StaffNotices staffNotices;
    private final Clock clock;
    private final ZoneId zone;

    DailyDigest(TaskService tasks, IdentityService identity, DigestPreferences preferences, WorkingDays workingDays,
                Outbox outbox, StaffNotices staffNotices, Clock clock,
                org.springframework.core.env.Environment environment) {
        this.tasks = tasks;
        this.identity = identity;
        this.preferences = preferences;
        this.workingDays = workingDays;
        this.outbox = outbox;
        this.staffNotices = staffNotices;
        this.clock = clock;
        this.zone = ZoneId.of(environment.getProperty("lifeline.zone", "Asia/Shanghai"));
    }

    /** The scheduled run: every user with an email address. */
    @Transactional
    public int sendAll() {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        if (!workingDays.isWorkingDay(today)) {
            log.info("No digest on {}: not a working day", today);
            return 0;
        }
        int sent = 0;
        for (User user : identity.createUserQuery().list()) {
            if (sendTo(user.getId())) {
                sent++;
            }
        }
        log.info("Daily digest queued for {} users", sent);
        return sent;
    }

    /** Queues the digest for one user; false when there is nothing to say or they opted out. */
    @Transactional
    public boolean sendTo(String userId) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null || user.getEmail() == null || user.getEmail().isBlank() || !preferences.isEnabled(userId)) {
            return false;
        }
        return content(userId, now).map(body -> {
            outbox.enqueue(OutboundMessage.email("digest-" + today + "-" + userId, user.getEmail(),
                    "【Lifeline】今日待办 " + today, body));
            return true;
        }).orElse(false);
    }

    /** The email text, or empty when the user has nothing due today, nothing overdue and no approval waiting. */
    Optional<String> content(String userId, Instant now) {
        Date endOfToday = Date.from(now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant());
        List<Task> overdue = tasks.createTaskQuery().taskAssignee(userId).dueBefore(Date.from(now))
                .orderByDueDate().asc().orderByTaskId().asc().list();
        List<Task> dueToday = tasks.createTaskQuery().taskAssignee(userId).dueAfter(Date.from(now.minusMillis(1)))
                .dueBefore(endOfToday).orderByDueDate().asc().orderByTaskId().asc().list();
        Set<String> listed = Stream.concat(overdue.stream(), dueToday.stream()).map(Task::getId).collect(Collectors.toSet());
        List<Task> approvals = approvalsWaitingFor(userId).stream().filter(task -> !listed.contains(task.getId())).toList();
        if (overdue.isEmpty() && dueToday.isEmpty() && approvals.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder body = new StringBuilder("您好,以下是您今天需要处理的任务。\n");
        section(body, "已逾期", overdue);
        section(body, "今天到期", dueToday);
        if (!approvals.isEmpty()) {
            section(body, "待我审批", approvals);
        }
        body.append("\n不想再收到每日汇总?在 Lifeline 中调用 PUT /api/me/digest {\"enabled\": false} 即可关闭。\n");
        return Optional.of(body.toString());
    }

    /** Open approvals assigned to the user or offered to them or one of their groups. */
    private List<Task> approvalsWaitingFor(String userId) {
        return TaskKind.of(tasks.createTaskQuery(), TaskKind.APPROVAL)
                .or().taskAssignee(userId).taskCandidateUser(userId).includeAssignedTasks().endOr()
                .orderByDueDate().asc().orderByTaskId().asc().list();
    }

    private void section(StringBuilder body, String title, List<Task> list) {
        body.append('\n').append(title).append("(").append(list.size()).append("):\n");
        if (list.isEmpty()) {
            body.append("- 无\n");
        }
        for (Task task : list) {
            body.append("- ").append(task.getName());
            if (task.getDueDate() != null) {
                body.append(" | 截止 ").append(TIME.format(task.getDueDate().toInstant().atZone(zone)));
            }
            body.append(" | ").append(staffNotices.taskLink(task.getId())).append('\n');
        }
    }
}
