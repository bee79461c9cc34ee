package com.lifeline.change;

import com.lifeline.customer.ErasureStep;
import org.springframework.stereotype.Component;

/** Erasure: the customer's changes (proposals, remarks, call notes); the change log goes with the store's rows. */
@Component
class ChangeErasure implements ErasureStep {

    private final CustomerChangeMapper changes;

    ChangeErasure(CustomerChangeMapper changes) {
        this.changes = changes;
    }

    @Override
    public String category() {
        return "changes";
    }

    @Override
    public int erase(long customerId) {
        return changes.deleteByCustomer(customerId);
    }
}
