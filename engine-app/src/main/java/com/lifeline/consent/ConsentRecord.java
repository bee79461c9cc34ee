package com.lifeline.consent;

import java.time.Instant;

/**
 * One row of a consent history, as stored (evidence sealed, unless a reader opened it). A row is current
 * while neither superseded nor withdrawn; a withdrawal row names the purpose it took away and how.
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
        WithdrawalVia withdrawnVia) {

    public boolean covers(ConsentPurpose purpose) {
        return switch (purpose) {
            case SERVICE -> purposeService;
            case EMERGENCY_NOTIFICATION -> purposeEmergency;
            case MARKETING -> purposeMarketing;
        };
    }

    public ConsentRecord withEvidence(String evidence) {
        return new ConsentRecord(id, customerId, contactId, purposeService, purposeEmergency, purposeMarketing, channel,
                evidence, givenAt, collectedBy, withdrawnAt, supersededAt, supersededBy, withdrawnPurpose, withdrawnVia);
    }
}
