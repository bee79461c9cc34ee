package com.lifeline.deletion;

import com.lifeline.customer.Customer;
import com.lifeline.notification.OutboundMessage;
import com.lifeline.notification.Outbox;
import com.lifeline.notification.StaffNotices;
import com.lifeline.org.StaffNames;
import org.springframework.stereotype.Service;

/**
 * Tells the requester how a deletion request ended: staff by email, the customer (their own request) by
 * email and SMS to what they registered. Answering a customer's own erasure request is the law's
 * requirement (PIPL art. 47, 50), not a use of their data for a purpose, so no consent is asked.
 * Customer numbers only; never a name or a reason text.
 */
@Service
class DeletionNotices {

    private final StaffNotices staff;
    private final Outbox outbox;
    private final StaffNames names;

    DeletionNotices(StaffNotices staff, Outbox outbox, StaffNames names) {
        this.staff = staff;
        this.outbox = outbox;
        this.names = names;
    }

    void held(DeletionRequest request, Customer customer) {
        String text = "客户 " + request.customerNumber() + " 暂不能删除:" + request.holdReason() + "。保留原因解除后可重新申请。";
        tell(request, customer, "已暂缓", text);
    }

    void rejected(DeletionRequest request, Customer customer) {
        tell(request, customer, "未获批准", "客户 " + request.customerNumber() + " 的删除申请未获批准(审批人:"
                + names.of(request.decidedBy()) + ")。");
    }

    void erasedToStaff(DeletionRequest request) {
        if (request.staffRequester() != null) {
            staff.send(request.staffRequester(), "deletion-" + request.id() + "-erased",
                    "【Lifeline】客户 " + request.customerNumber() + " 的资料已删除",
                    "客户 " + request.customerNumber() + " 的个人资料已按批准删除,不可恢复;销毁记录已保存。\n");
        }
    }

    /** Sent while the customer's addresses are still known; the outbox forgets them once it is delivered. */
    void erasedToCustomer(DeletionRequest request, Customer customer) {
        String text = "您的资料(客户编号 " + request.customerNumber() + ")已按您的要求删除,不可恢复。";
        if (customer.email() != null) {
            outbox.enqueueForgettingRecipient(OutboundMessage.email("deletion-" + request.id() + "-erased-email",
                    customer.email(), "【Lifeline】您的资料已删除", text + "\n"));
        }
        if (customer.phone() != null) {
            outbox.enqueueForgettingRecipient(OutboundMessage.sms("deletion-" + request.id() + "-erased-sms",
                    customer.phone(), "【Lifeline】" + text));
        }
    }

    private void tell(DeletionRequest request, Customer customer, String outcome, String text) {
        String key = "deletion-" + request.id() + "-" + request.status().name().toLowerCase();
        if (request.byCustomer()) {
            if (customer.email() != null) {
                outbox.enqueue(OutboundMessage.email(key + "-email", customer.email(), "【Lifeline】您的删除申请" + outcome,
                        text.replace("客户 " + request.customerNumber(), "您的资料(客户编号 " + request.customerNumber() + ")") + "\n"));
            }
            if (customer.phone() != null) {
                outbox.enqueue(OutboundMessage.sms(key + "-sms", customer.phone(), "【Lifeline】您的删除申请" + outcome + "。"));
            }
        } else if (request.staffRequester() != null) {
            staff.send(request.staffRequester(), key, "【Lifeline】客户 " + request.customerNumber() + " 的删除申请" + outcome,
                    text + "\n");
        }
    }
}
