package com.lifeline.reverification;

import com.lifeline.notification.StaffNotices;
import org.springframework.stereotype.Component;

/**
 * One email per owner when a sweep has finished, instead of one per verification task: an owner of
 * thousands of customers would otherwise get thousands of emails in one night (the verification task's
 * model turns its per-task email off with {@code lifeline.taskEmail=none}). Keyed by sweep and owner, so
 * a finish retried after a crash sends nothing twice. Counts and links only.
 */
@Component
class VerificationSweepNotices {

    private final VerificationMapper mapper;
    private final StaffNotices notices;

    VerificationSweepNotices(VerificationMapper mapper, StaffNotices notices) {
        this.mapper = mapper;
        this.notices = notices;
    }

    void sweepFinished(long sweepId) {
        for (VerificationMapper.OwnerCount owner : mapper.openPerOwner(sweepId)) {
            notices.send(owner.owner(), key(sweepId, owner.owner()),
                    "【Lifeline】本季度紧急联系人核实:" + owner.verifications() + " 位客户待您核实",
                    "本季度的紧急联系人核实已开始:您负责的 " + owner.verifications()
                            + " 位客户各有一项「核实紧急联系人」任务(截止时间见各任务),在 Tasklist 的「我的待办」中:\n"
                            + notices.tasklistLink() + "\n");
        }
    }

    static String key(long sweepId, String owner) {
        return "verification-sweep-" + sweepId + "-" + owner;
    }
}
