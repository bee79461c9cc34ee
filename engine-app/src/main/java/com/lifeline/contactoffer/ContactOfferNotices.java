package com.lifeline.contactoffer;

import com.lifeline.notification.StaffNotices;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

/**
 * Tells the entrant what became of the contacts they offered. The customer belongs to another team,
 * so the message names neither it nor the contacts: only when the entry was made and the offer id.
 */
@Service
class ContactOfferNotices {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StaffNotices staff;
    private final Clock clock;

    ContactOfferNotices(StaffNotices staff, Clock clock) {
        this.staff = staff;
        this.clock = clock;
    }

    void accepted(ContactOffer offer, int added) {
        staff.send(offer.offeredBy(), "contact-offer-accepted-" + offer.id(),
                "【Lifeline】您提供的联系人已被接收",
                intro(offer) + "该客户的负责人已接收,其中 " + added + " 位已添加到客户档案(电话已在档案中的不重复添加)。\n");
    }

    void rejected(ContactOffer offer, String reason) {
        staff.send(offer.offeredBy(), "contact-offer-rejected-" + offer.id(),
                "【Lifeline】您提供的联系人未被接收",
                intro(offer) + "该客户的负责人没有接收,这些联系人已删除。\n理由:" + reason + "\n");
    }

    private String intro(ContactOffer offer) {
        return "您于 " + TIME.format(offer.createdAt().atZone(clock.getZone())) + " 录入的客户已存在,属于其他团队;"
                + "您提供的 " + offer.contactCount() + " 位联系人(提供编号 " + offer.id() + ")交给了该客户的负责人确认。\n";
    }
}
