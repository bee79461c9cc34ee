package com.lifeline.consent;

import java.time.Instant;

/**
 * One row of a consent history, as stored (evidence sealed, unless a reader opened it). A row is current
 * while neither superseded nor withdrawn; a withdrawal row names the purpose it took away and how.
 * {@code informedVia}: null while "informed" is as staff recorded it when they collected the consent;
 * {@code CONTACT_LINK} once the contact confirmed on their own link that they know they are listed.
 */
public record ConsentRecord(
        Long id,
        Long customerId,
        Long contactId,
        boolean purposeService,
        boolean purposeEmergency,
        boolean purposeMarketing,
        ConsentChannel channel,
        String evidenceRef,
        Instant givenAt,
        String collectedBy,
        Instant withdrawnAt,
        Instant supersededAt,
        Long supersededBy,
        ConsentPurpose withdrawnPurpose,
        WithdrawalVia withdrawnVia,
        WithdrawalVia informedVia) {

    public boolean covers(ConsentPurpose purpose) {
        return switch (purpose) {
            case SERVICE -> purposeService;
            case EMERGENCY_NOTIFICATION -> purposeEmergency;
            case MARKETING -> purposeMarketing;
        };
    }

    /** The contact confirmed on their own link that they know they are listed. */
    public boolean informedByContact() {
        return informedVia == WithdrawalVia.CONTACT_LINK;
    }

    public ConsentRecord withEvidence(String evidence) {
        return new ConsentRecord(id, customerId, contactId, purposeService, purposeEmergency, purposeMarketing, channel,
                evidence, givenAt, collectedBy, withdrawnAt, supersededAt, supersededBy, withdrawnPurpose, withdrawnVia, informedVia);
    }
}
