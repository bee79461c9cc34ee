package com.lifeline.contactcare;

import com.lifeline.customer.ErasureStep;
import org.springframework.stereotype.Component;

/** Erasure: the customer's signed consent letters (before the consents they belong to). */
@Component
class EvidenceFileErasure implements ErasureStep {

    private final EvidenceFileMapper files;

    EvidenceFileErasure(EvidenceFileMapper files) {
        this.files = files;
    }

    @Override
    public String category() {
        return "consent_evidence_files";
    }

    @Override
    public int erase(long customerId) {
        return files.deleteByCustomer(customerId);
    }
}
