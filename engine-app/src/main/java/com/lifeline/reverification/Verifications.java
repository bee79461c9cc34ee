package com.lifeline.reverification;

import com.lifeline.audit.AuditAction;
import com.lifeline.audit.AuditLog;
import com.lifeline.database.GeneratedId;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One customer's verification of the quarter: started once (whoever asks), the owner's outcomes per
 * contact, and what each outcome does to the contact.
 */
@Service
class Verifications {

    static final String UNREACHABLE_REASON = "季度核实时联系不上";

    private final VerificationMapper mapper;
    private final ContactChecks contacts;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final Clock clock;

    Verifications(VerificationMapper mapper, ContactChecks contacts, RuntimeService runtime, AuditLog audit, Clock clock) {
        this.mapper = mapper;
        this.contacts = contacts;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
    }

    /** The first day of the quarter {@code today} is in. */
    static LocalDate quarterOf(LocalDate today) {
        return today.with(IsoFields.DAY_OF_QUARTER, 1);
    }

    LocalDate currentQuarter() {
        return quarterOf(LocalDate.now(clock));
    }

    ZoneId zone() {
        return clock.getZone();
    }

    /**
     * Starts contact-verification for a due customer, unless it has this quarter's or an open one: one
     * INSERT IGNORE decides (never read-then-insert), so a resumed or concurrent sweep cannot start a second.
     *
     * @return whether it started one
     */
    boolean startIfNone(VerificationMapper.Due customer, LocalDate quarter, Long sweepId) {
        GeneratedId key = new GeneratedId();
        if (mapper.insertIfNone(key, customer.customerId(), customer.customerNumber(), quarter, sweepId, clock.instant()) == 0) {
            return false;
        }
        runtime.startProcessInstanceByKey(VerificationVariables.PROCESS_KEY, customer.customerNumber(), Map.of(
                VerificationVariables.VERIFICATION_ID, key.getId(),
                VerificationVariables.CUSTOMER_ID, customer.customerId(),
                VerificationVariables.CUSTOMER_NUMBER, customer.customerNumber(),
                VerificationVariables.OWNER, customer.owner(),
                VerificationVariables.CONTACT_IDS, customer.contactIds() == null ? "" : customer.contactIds()));
        return true;
    }

    VerificationMapper.Verification find(long verificationId) {
        return mapper.find(verificationId)
                .orElseThrow(() -> new IllegalStateException("contact verification " + verificationId + " is missing"));
    }

    static List<Long> contactIds(String ids) {
        return ids == null || ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }

    /** The owner's answers (the task's form, checked by its listener): one per contact, in the form's order. */
    @Transactional
    void answer(long verificationId, List<Long> contactIds, List<ContactOutcome> outcomes, List<CheckMethod> methods,
                String by) {
        VerificationMapper.Verification verification = find(verificationId);
        for (int i = 0; i < contactIds.size(); i++) {
            mapper.recordOutcome(verificationId, contactIds.get(i), verification.customerId(), outcomes.get(i), methods.get(i),
                    by, clock.instant());
        }
        mapper.answered(verificationId, by, clock.instant());
    }

    /** A contact's own answer through its link. */
    @Transactional
    void record(long verificationId, long contactId, ContactOutcome outcome, CheckMethod method, String by) {
        VerificationMapper.Verification verification = find(verificationId);
        mapper.recordOutcome(verificationId, contactId, verification.customerId(), outcome, method, by, clock.instant());
    }

    List<VerificationMapper.Outcome> outcomesOf(long verificationId) {
        return mapper.outcomes(verificationId);
    }

    /**
     * Applies the recorded outcomes: confirmed contacts are verified now, unreachable ones invalid (and
     * replaced); the verification is done.
     *
     * @return whether a contact changed, so the customer's change process follows
     */
    @Transactional
    boolean apply(long verificationId) {
        VerificationMapper.Verification verification = find(verificationId);
        boolean changed = false;
        for (VerificationMapper.Outcome outcome : mapper.outcomes(verificationId)) {
            switch (outcome.outcome()) {
                case CONFIRMED -> contacts.confirmed(outcome.contactId(), outcome.method().name(), outcome.recordedBy());
                case UNREACHABLE -> contacts.unreachable(verification.customerNumber(), outcome.contactId(),
                        UNREACHABLE_REASON + "(" + outcome.method().label() + ")", outcome.recordedBy());
                case CHANGED -> changed = true;
            }
        }
        mapper.complete(verificationId);
        audit.record(verification.completedBy(), AuditAction.REVIEW, verification.customerNumber(),
                "contact verification " + verificationId + " done");
        return changed;
    }
}
