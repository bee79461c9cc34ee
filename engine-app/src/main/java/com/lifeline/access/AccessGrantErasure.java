package com.lifeline.access;

import com.lifeline.customer.ErasureStep;
import org.springframework.stereotype.Component;

/** Erasure: access grants to the customer, with their reasons. */
@Component
class AccessGrantErasure implements ErasureStep {

    private final AccessGrantMapper grants;

    AccessGrantErasure(AccessGrantMapper grants) {
        this.grants = grants;
    }

    @Override
    public String category() {
        return "access_grants";
    }

    @Override
    public int erase(long customerId) {
        return grants.deleteByCustomer(customerId);
    }
}
