package com.lifeline.access;

import com.lifeline.notification.OutboundMessage;
import com.lifeline.notification.Outbox;
import com.lifeline.org.StaffNames;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Emails to the requester about their access request, through the outbox (sent after commit). No customer data. */
@Service
class AccessNotices {

    private static final Logger log = LoggerFactory.getLogger(AccessNotices.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Outbox outbox;
    private final IdentityService identity;
    private final Clock clock;
    private final StaffNames names;

    AccessNotices(Outbox outbox, IdentityService identity, Clock clock, StaffNames names) {
        this.outbox = outbox;
        this.identity = identity;
        this.clock = clock;
        this.names = names;
    }

    void rejected(String requester, String customerNumber, String processInstanceId, String rejectedBy) {
        send(requester, "access-rejected-" + processInstanceId,
                "【Lifeline】您查看客户 " + customerNumber + " 的申请未获批准",
                "您申请查看客户 " + customerNumber + " 的访问权限未获批准(审批人:" + names.of(rejectedBy) + ")。\n"
                        + "审批意见可在 Tasklist 的流程记录中查看。\n");
    }

    void granted(String requester, String customerNumber, String processInstanceId, Instant expiresAt) {
        send(requester, "access-granted-" + processInstanceId,
                "【Lifeline】您已获准查看客户 " + customerNumber,
                "您查看客户 " + customerNumber + " 的申请已获批准,有效期至 "
                        + TIME.format(expiresAt.atZone(clock.getZone())) + ",到期自动收回。\n");
    }

    private void send(String userId, String key, String subject, String body) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
            log.warn("No email address for user {}; notice {} not sent", userId, key);
            return;
        }
        outbox.enqueue(OutboundMessage.email(key, user.getEmail(), subject, body));
    }
}
