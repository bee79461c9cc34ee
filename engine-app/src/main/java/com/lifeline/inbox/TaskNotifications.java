package com.lifeline.inbox;

import com.lifeline.notification.OutboundMessage;
import com.lifeline.notification.Outbox;
import com.lifeline.notification.StaffNotices;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Emails staff when a task is assigned to them or offered to one of their groups. Runs inside the
 * engine's transaction, so the notice exists exactly when the task does. The text names the task
 * only (its name may carry a customer number and company name) and links straight to it.
 */
@Service
public class TaskNotifications {

    static final String ASSIGNED = "assigned";
    static final String OFFERED = "offered";

    private static final DateTimeFormatter DUE_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Outbox outbox;
    private final IdentityService identity;
    private final StaffNotices staffNotices;
    private final ZoneId zone;

    TaskNotifications(Outbox outbox, IdentityService identity, StaffNotices staffNotices,
                      org.springframework.core.env.Environment environment) {
        this.outbox = outbox;
        this.identity = identity;
        this.staffNotices = staffNotices;
        this.zone = ZoneId.of(environment.getProperty("lifeline.zone", "Asia/Shanghai"));
    }

    void onTaskEvent(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee != null) {
            // create and assignment both fire for a task created with an assignee: one key, one email
            if (!assignee.equals(currentUser())) {
                notifyUser(task, assignee, ASSIGNED);
            }
            return;
        }
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            for (String user : groupMembers(task)) {
                notifyUser(task, user, OFFERED);
            }
        }
    }

    /** Whoever claims or assigns a task to themselves needs no email about it. */
    private String currentUser() {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    private Set<String> groupMembers(DelegateTask task) {
        Set<String> users = new LinkedHashSet<>();
        for (IdentityLink link : task.getCandidates()) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getGroupId() != null) {
                identity.createUserQuery().memberOfGroup(link.getGroupId()).list()
                        .forEach(user -> users.add(user.getId()));
            } else if (link.getUserId() != null) {
                users.add(link.getUserId());
            }
        }
        return users;
    }

    private void notifyUser(DelegateTask task, String userId, String event) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
            return;
        }
        String name = Objects.requireNonNullElse(task.getName(), "任务");
        String subject = ASSIGNED.equals(event) ? "【Lifeline】新任务:" + name : "【Lifeline】小组有新任务可认领:" + name;
        StringBuilder body = new StringBuilder();
        body.append(ASSIGNED.equals(event) ? "有一项任务分配给了您:" : "您所在的小组有一项新任务可以认领:")
                .append(name).append('\n');
        if (task.getDueDate() != null) {
            body.append("截止时间:").append(DUE_FORMAT.format(task.getDueDate().toInstant().atZone(zone)))
                    .append("(北京时间)\n");
        }
        body.append("打开任务:").append(staffNotices.taskLink(task.getId())).append('\n');
        outbox.enqueue(OutboundMessage.email(key(task.getId(), userId, event), user.getEmail(),
                truncate(subject, 200), body.toString()));
    }

    static String key(String taskId, String userId, String event) {
        return "task-" + event + "-" + taskId + "-" + userId;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
