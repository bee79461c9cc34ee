package com.lifeline.verification;

import com.lifeline.customer.ErasureStep;
import org.springframework.stereotype.Component;

/** Erasure: the customer's confirmation links and correction requests. */
@Component
class ConfirmationErasure implements ErasureStep {

    private final ConfirmationMapper confirmations;

    ConfirmationErasure(ConfirmationMapper confirmations) {
        this.confirmations = confirmations;
    }

    @Override
    public String category() {
        return "confirmations";
    }

    @Override
    public int erase(long customerId) {
        return confirmations.deleteByCustomer(customerId);
    }
}
