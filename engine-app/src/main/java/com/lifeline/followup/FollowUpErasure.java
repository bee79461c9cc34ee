package com.lifeline.followup;

import com.lifeline.customer.ErasureStep;
import org.springframework.stereotype.Component;

/** Erasure: the customer's follow-ups. */
@Component
class FollowUpErasure implements ErasureStep {

    private final FollowUpMapper followUps;

    FollowUpErasure(FollowUpMapper followUps) {
        this.followUps = followUps;
    }

    @Override
    public String category() {
        return "follow_ups";
    }

    @Override
    public int erase(long customerId) {
        return followUps.deleteByCustomer(customerId);
    }
}
