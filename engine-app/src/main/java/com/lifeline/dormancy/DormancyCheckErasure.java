package com.lifeline.dormancy;

import com.lifeline.customer.ErasureStep;
import org.springframework.stereotype.Component;

/** Erasure: the customer's dormancy checks. */
@Component
class DormancyCheckErasure implements ErasureStep {

    private final DormancyCheckMapper checks;

    DormancyCheckErasure(DormancyCheckMapper checks) {
        this.checks = checks;
    }

    @Override
    public String category() {
        return "dormancy_checks";
    }

    @Override
    public int erase(long customerId) {
        return checks.deleteByCustomer(customerId);
    }
}
