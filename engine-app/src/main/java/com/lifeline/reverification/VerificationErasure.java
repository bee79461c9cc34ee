package com.lifeline.reverification;

import com.lifeline.customer.ErasureStep;
import org.springframework.stereotype.Component;

/** An erased customer's verifications and their outcomes go with it. */
@Component
class VerificationErasure implements ErasureStep {

    private final VerificationMapper mapper;

    VerificationErasure(VerificationMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String category() {
        return "contact verifications";
    }

    @Override
    public int erase(long customerId) {
        return mapper.eraseLinks(customerId) + mapper.eraseOutcomes(customerId) + mapper.eraseVerifications(customerId);
    }
}
