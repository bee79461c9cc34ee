package com.lifeline.notification;

import com.lifeline.org.StaffNames;
import com.lifeline.web.BaseUrlProperties;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Emails to staff about their work, with a link straight to the task in Tasklist. */
@Service
public class StaffNotices {

    private static final Logger log = LoggerFactory.getLogger(StaffNotices.class);

    private final Outbox outbox;
    private final IdentityService identity;
    private final BaseUrlProperties app;
    private final StaffNames names;

    StaffNotices(Outbox outbox, IdentityService identity, BaseUrlProperties app, StaffNames names) {
        this.outbox = outbox;
        this.identity = identity;
        this.app = app;
        this.names = names;
    }

    public void reviewOverdue(String departmentHead, String taskId, String customerNumber, String reviewer) {
        send(departmentHead, "review-overdue-" + taskId + "-" + departmentHead,
                "【Lifeline】客户 " + customerNumber + " 的复核已超时",
                "客户 " + customerNumber + " 的录入复核(负责人:" + names.of(reviewer) + ")已超过 1 个工作日未完成。\n"
                        + "您已被加为该任务的候选处理人,可直接处理:\n" + taskLink(taskId) + "\n");
    }

    public String tasklistLink() {
        return app.baseUrl() + "/camunda/app/tasklist/default/";
    }

    public String taskLink(String taskId) {
        return app.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    /** An email to a staff member through the outbox; no address, no email (logged). Ids only, no personal data. */
    public void send(String userId, String key, String subject, String body) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
            log.warn("No email address for user {}; notice {} not sent", userId, key);
            return;
        }
        outbox.enqueue(OutboundMessage.email(key, user.getEmail(), subject, body));
    }
}
