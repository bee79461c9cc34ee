package com.lifeline.contactcare;

import com.lifeline.customer.CustomerService;
import com.lifeline.support.EntryTestSupport;
import com.lifeline.support.LifelineIntegrationTest;
import com.lifeline.verification.CustomerConfirmations;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** last_verified_at and verification_status are written whenever a contact is confirmed; an invalid one is not. */
@LifelineIntegrationTest
class ContactVerifiedTest {

    private static final Instant CONFIRMED_AT = Instant.parse("2026-12-03T02:00:00Z");

    @Autowired
    ContactCareTestSupport support;
    @Autowired
    EntryTestSupport entries;
    @Autowired
    CustomerConfirmations confirmations;
    @Autowired
    ContactReachability reachability;
    @Autowired
    CustomerService customers;
    @Autowired
    JdbcTemplate jdbc;

    private Map<String, Object> verification(long contactId) {
        return jdbc.queryForMap("SELECT last_verified_at, verification_status, verification_method, verified_by"
                + " FROM emergency_contact WHERE id = ?", contactId);
    }

    @Test
    void theCustomersConfirmationLinkVerifiesTheirValidContacts() {
        String number = support.enterWithThreeContacts();
        support.approve(number);
        long dead = support.contactId(number, 2);
        reachability.markUnreachable(number, dead, "空号", "sales1");
        ClockUtil.setCurrentTime(Date.from(CONFIRMED_AT));

        confirmations.confirm(entries.confirmationToken(number));

        for (int i = 0; i < 2; i++) {
            assertThat(verification(support.contactId(number, i)))
                    .containsEntry("last_verified_at", LocalDateTime.ofInstant(CONFIRMED_AT, ZoneOffset.UTC))
                    .containsEntry("verification_status", "CONFIRMED")
                    .containsEntry("verification_method", "CUSTOMER_LINK")
                    .containsEntry("verified_by", "customer:" + number);
        }
        assertThat(verification(dead)).containsEntry("verification_status", "UNREACHABLE")
                .containsEntry("last_verified_at", null);
    }

    @Test
    void aCallNoteVerifiesThroughTheStoreAndAnUnknownContactOrMethodIsRefused() {
        String number = support.enterWithTwoContacts();
        long contact = support.contactId(number, 0);

        customers.recordContactVerified(contact, "CALL", "sales1");

        assertThat(verification(contact)).containsEntry("verification_status", "CONFIRMED")
                .containsEntry("verification_method", "CALL").containsEntry("verified_by", "sales1");
        assertThatThrownBy(() -> customers.recordContactVerified(999_999_999L, "CALL", "sales1"))
                .hasMessageContaining("999999999");
        assertThatThrownBy(() -> customers.recordContactVerified(contact, "CARRIER_PIGEON", "sales1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
