package com.lifeline.deletion;

import com.lifeline.customer.ErasureStep;
import org.springframework.stereotype.Component;

/** Erasure: the customer's one-time codes. */
@Component
class ErasureCodeErasure implements ErasureStep {

    private final ErasureCodeMapper codes;

    ErasureCodeErasure(ErasureCodeMapper codes) {
        this.codes = codes;
    }

    @Override
    public String category() {
        return "erasure_codes";
    }

    @Override
    public int erase(long customerId) {
        return codes.deleteByCustomer(customerId);
    }
}
