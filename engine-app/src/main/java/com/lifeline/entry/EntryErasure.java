package com.lifeline.entry;

import com.lifeline.customer.ErasureStep;
import org.springframework.stereotype.Component;

/** Erasure: the customer's entry drafts and review escalations. */
@Component
class EntryErasure implements ErasureStep {

    private final EntryDraftMapper drafts;
    private final ReviewEscalationMapper escalations;

    EntryErasure(EntryDraftMapper drafts, ReviewEscalationMapper escalations) {
        this.drafts = drafts;
        this.escalations = escalations;
    }

    @Override
    public String category() {
        return "entry_drafts_and_escalations";
    }

    @Override
    public int erase(long customerId) {
        return drafts.deleteByCustomer(customerId) + escalations.deleteByCustomer(customerId);
    }
}
