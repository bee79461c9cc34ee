package com.lifeline.deletion;

import com.lifeline.customer.DeletionHold;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Compliance put the customer under legal hold ({@code customer.legal_hold}). */
@Component
class LegalHold implements DeletionHold {

    private final DeletionRequestMapper mapper;

    LegalHold(DeletionRequestMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<String> reasonToKeep(long customerId) {
        return mapper.legalHold(customerId) ? Optional.of("法务/合规已对该客户设置诉讼保留(legal hold)") : Optional.empty();
    }
}
