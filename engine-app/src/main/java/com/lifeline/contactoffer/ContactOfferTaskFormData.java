package com.lifeline.contactoffer;

import com.lifeline.consent.NewConsent;
import com.lifeline.contact.NewContact;
import com.lifeline.privacy.TaskFormData;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;

import static com.lifeline.customer.CustomerSummary.escape;

/** The Accept contacts form shows the offered contacts, read from the store when the form opens. */
@Component
class ContactOfferTaskFormData implements TaskFormData {

    static final String TASK = "Task_AcceptContacts";
    static final String SUMMARY = "offerSummary";

    private final RuntimeService runtime;
    private final ContactOffers offers;

    ContactOfferTaskFormData(RuntimeService runtime, ContactOffers offers) {
        this.runtime = runtime;
        this.offers = offers;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(TASK);
    }

    @Override
    public Map<String, Object> valuesFor(Task task) {
        long offerId = ((Number) runtime.getVariable(task.getExecutionId(), ContactOfferVariables.OFFER_ID)).longValue();
        ContactOffer offer = offers.get(offerId);
        return Map.of(SUMMARY, markdown(offer, offers.contacts(offerId)));
    }

    static String markdown(ContactOffer offer, OfferedContacts offered) {
        StringBuilder md = new StringBuilder();
        md.append("**").append(escape(offer.offeredBy())).append("** 录入新客户时发现与您的客户 **")
                .append(offer.customerNumber()).append("** 重复。录入人看不到这位客户,只知道它属于其他团队;")
                .append("以下是其提供的联系人,请确认是否添加到客户档案(电话已在档案中的不会重复添加):\n\n");
        for (NewContact c : offered.contacts()) {
            md.append("- ").append(escape(c.name())).append("(").append(c.relation().label()).append(")")
                    .append(escape(c.phone()));
            if (c.email() != null) {
                md.append(",").append(escape(c.email()));
            }
            if (c.wechat() != null) {
                md.append(",微信 ").append(escape(c.wechat()));
            }
            md.append(c.reachable24h() ? ",24小时可联系" : "").append(c.informed() ? ",本人已知情" : "")
                    .append(",授权范围:").append(escape(c.scope())).append("\n");
        }
        NewConsent consent = offered.consent();
        md.append("\n**授权**:服务").append(yesNo(consent.service())).append(",紧急通知").append(yesNo(consent.emergency()))
                .append(",营销").append(yesNo(consent.marketing())).append(";凭证 ").append(escape(consent.evidence()))
                .append("\n");
        return md.toString();
    }

    private static String yesNo(boolean value) {
        return value ? "✓" : "✗";
    }
}
