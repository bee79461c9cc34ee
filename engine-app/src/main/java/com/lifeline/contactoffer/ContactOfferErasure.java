package com.lifeline.contactoffer;

import com.lifeline.customer.ErasureStep;
import org.springframework.stereotype.Component;

/** Erasure: contacts offered to the customer and the owners' decisions. */
@Component
class ContactOfferErasure implements ErasureStep {

    private final ContactOfferMapper offers;

    ContactOfferErasure(ContactOfferMapper offers) {
        this.offers = offers;
    }

    @Override
    public String category() {
        return "contact_offers";
    }

    @Override
    public int erase(long customerId) {
        return offers.deleteByCustomer(customerId);
    }
}
