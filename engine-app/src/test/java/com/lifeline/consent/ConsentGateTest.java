package com.lifeline.consent;

import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntrySubmission;
import com.lifeline.support.EntryTestSupport;
import com.lifeline.support.LifelineIntegrationTest;
import com.lifeline.verification.CustomerConfirmations;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static com.lifeline.consent.ConsentPurpose.EMERGENCY_NOTIFICATION;
import static com.lifeline.consent.ConsentPurpose.MARKETING;
import static com.lifeline.consent.ConsentPurpose.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

/** What the entry's consent allows, per purpose, and that a withdrawn consent stops the next notice. */
@LifelineIntegrationTest
class ConsentGateTest {

    @Autowired
    ConsentGate consent;
    @Autowired
    CustomerConfirmations confirmations;
    @Autowired
    EntryTestSupport support;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theEntrysConsentCoversServiceAndEmergencyButNotMarketing() {
        long customerId = approvedCustomer();
        List<Long> contacts = contactIds(customerId);

        assertThat(consent.mayUseCustomer(customerId, SERVICE)).isTrue();
        assertThat(consent.mayUseCustomer(customerId, EMERGENCY_NOTIFICATION)).isTrue();
        assertThat(consent.mayUseCustomer(customerId, MARKETING)).isFalse();
        assertThat(contacts).hasSize(2).allSatisfy(contact -> {
            assertThat(consent.mayUse(contact, EMERGENCY_NOTIFICATION)).isTrue();
            assertThat(consent.mayUse(contact, MARKETING)).isFalse();
        });
    }

    @Test
    void anInvalidContactMayNotBeUsedWhateverItsConsent() {
        long customerId = approvedCustomer();
        long contact = contactIds(customerId).get(0);

        jdbc.update("UPDATE emergency_contact SET status = 'INVALID' WHERE id = ?", contact);

        assertThat(consent.mayUse(contact, EMERGENCY_NOTIFICATION)).isFalse();
        assertThat(consent.mayUse(contactIds(customerId).get(1), EMERGENCY_NOTIFICATION)).isTrue();
    }

    @Test
    void afterWithdrawalNoNoticeIsQueued() {
        long customerId = approvedCustomer();
        assertThat(outboxRows(confirmations.request(customerId))).isPositive();

        jdbc.update("UPDATE consent SET withdrawn_at = NOW() WHERE customer_id = ? AND contact_id IS NULL", customerId);

        assertThat(consent.mayUseCustomer(customerId, SERVICE)).isFalse();
        assertThat(outboxRows(confirmations.request(customerId))).isZero();
    }

    private long approvedCustomer() {
        EntrySubmission entry = EntryExamples.company();
        ProcessInstance instance = support.submitStartForm("sales1", entry);
        String review = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        tasks.complete(review, Map.of("reviewDecision", "APPROVE"));
        return jdbc.queryForObject("SELECT id FROM customer WHERE name = ?", Long.class, entry.customer().name());
    }

    private List<Long> contactIds(long customerId) {
        return jdbc.queryForList("SELECT id FROM emergency_contact WHERE customer_id = ? ORDER BY priority", Long.class,
                customerId);
    }

    private int outboxRows(long confirmationId) {
        return support.count("SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE ?", "confirm-" + confirmationId + "-%");
    }
}
