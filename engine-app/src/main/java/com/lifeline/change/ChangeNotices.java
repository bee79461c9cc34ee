package com.lifeline.change;

import com.lifeline.consent.ConsentPurpose;
import com.lifeline.consent.ConsentGate;
import com.lifeline.customer.Customer;
import com.lifeline.notification.OutboundMessage;
import com.lifeline.notification.Outbox;
import org.springframework.stereotype.Service;

/**
 * The request to confirm a change, and its reminder, by email and SMS to whatever the customer gave,
 * through the outbox; only while the customer's consent covers service use. No value is quoted: the
 * link's page shows the new values masked.
 */
@Service
class ChangeNotices {

    private final Outbox outbox;
    private final ConsentGate consent;

    ChangeNotices(Outbox outbox, ConsentGate consent) {
        this.outbox = outbox;
        this.consent = consent;
    }

    void askToConfirm(Customer customer, long changeId, String link, boolean reminder) {
        if (!consent.mayUseCustomer(customer.id(), ConsentPurpose.SERVICE)) {
            return;
        }
        String key = "change-" + changeId + (reminder ? "-reminder" : "");
        String subject = (reminder ? "【Lifeline】提醒:请确认资料变更 " : "【Lifeline】请确认资料变更 ") + customer.customerNumber();
        String opening = "您的客户资料(客户编号 " + customer.customerNumber() + ")有一项变更需要您确认,确认后才会生效。";
        if (customer.email() != null) {
            outbox.enqueue(OutboundMessage.email(key + "-email", customer.email(), subject,
                    opening + "\n\n请点击以下链接查看变更内容,确认无误或告诉我们哪里不对:\n" + link
                            + "\n\n此链接仅供您本人使用,请勿转发。\n"));
        }
        if (customer.phone() != null) {
            outbox.enqueue(OutboundMessage.sms(key + "-sms", customer.phone(), opening + "请查看:" + link));
        }
    }
}
