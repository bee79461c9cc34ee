package com.lifeline.change;

import java.time.Instant;

/** One change of one customer as stored; proposal, remark and note sealed with the customer's key. */
public record CustomerChange(
        Long id,
        Long customerId,
        String customerNumber,
        ChangeReason reason,
        String reasonText,
        String proposal,
        int baseVersion,
        ChangeStatus status,
        String requestedBy,
        Long correctionId,
        String processInstanceId,
        String customerRemark,
        String confirmedVia,
        String callNote,
        String decidedBy,
        Instant createdAt,
        Instant decidedAt) {

    /** How the change log names the reason: the label, and the operator's words for OTHER. */
    public String reasonLine() {
        return reasonText == null || reasonText.isBlank() ? reason.label() : reason.label() + ":" + reasonText;
    }
}
