package com.lifeline.verification;

import com.lifeline.consent.ConsentPurpose;
import com.lifeline.consent.ConsentGate;
import com.lifeline.customer.Customer;
import com.lifeline.notification.OutboundMessage;
import com.lifeline.notification.Outbox;
import com.lifeline.org.PersonName;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * The information-confirmation notice and its reminder, by email and SMS to whatever the customer
 * gave. "Thank you, we keep it confidential, contact your account manager with questions." Sent only
 * while the customer's consent covers service use.
 */
@Service
class CustomerNotices {

    private final Outbox outbox;
    private final IdentityService identity;
    private final ConsentGate consent;

    CustomerNotices(Outbox outbox, IdentityService identity, ConsentGate consent) {
        this.outbox = outbox;
        this.identity = identity;
        this.consent = consent;
    }

    void askToConfirm(Customer customer, long confirmationId, String link) {
        send(customer, link, "confirm-" + confirmationId, "【Lifeline】请确认您的客户资料 " + customer.customerNumber(),
                "感谢您的信任。您的资料(客户编号 " + customer.customerNumber() + ")已登记,我们将严格保密。");
    }

    void remindToConfirm(Customer customer, long confirmationId, String link) {
        send(customer, link, "confirm-reminder-" + confirmationId, "【Lifeline】提醒:请确认您的客户资料 " + customer.customerNumber(),
                "我们尚未收到您对客户资料(客户编号 " + customer.customerNumber() + ")的确认。");
    }

    private void send(Customer customer, String link, String key, String subject, String opening) {
        if (!consent.mayUseCustomer(customer.id(), ConsentPurpose.SERVICE)) {
            return;
        }
        String owner = ownerLine(customer.ownerUserId());
        if (customer.email() != null) {
            outbox.enqueue(OutboundMessage.email(key + "-email", customer.email(), subject,
                    opening + "\n\n请点击以下链接核对资料,确认无误或提出更正:\n" + link
                            + "\n\n" + owner + "\n\n此链接仅供您本人使用,请勿转发。\n"));
        }
        if (customer.phone() != null) {
            outbox.enqueue(OutboundMessage.sms(key + "-sms", customer.phone(),
                    opening + "请核对:" + link + " " + owner));
        }
    }

    private String ownerLine(String ownerUserId) {
        User owner = identity.createUserQuery().userId(ownerUserId).singleResult();
        if (owner == null) {
            return "如有疑问,请联系您的客户经理。";
        }
        String contact = owner.getEmail() == null ? "" : "(" + owner.getEmail() + ")";
        return "如有疑问,请联系您的客户经理 " + PersonName.display(owner.getFirstName(), owner.getLastName()) + contact + "。";
    }
}
