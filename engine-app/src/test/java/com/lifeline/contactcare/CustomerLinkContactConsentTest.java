package com.lifeline.contactcare;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeline.consent.ConsentGate;
import com.lifeline.contact.EmergencyContact;
import com.lifeline.support.EntryTestSupport;
import com.lifeline.support.LifelineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.lifeline.consent.ConsentPurpose.EMERGENCY_NOTIFICATION;
import static com.lifeline.consent.ConsentPurpose.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

/** The customer, on their signed confirmation link, withdraws one purpose of one of their contacts' consent. */
@LifelineIntegrationTest
class CustomerLinkContactConsentTest {

    @Autowired
    ContactCareTestSupport support;
    @Autowired
    EntryTestSupport entries;
    @Autowired
    ConsentGate gate;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCustomerSeesTheirContactsMaskedAndWithdrawsOnePurposeOfOne() {
        String number = support.enterWithTwoContacts();
        support.approve(number);
        String token = entries.confirmationToken(number);
        long customerId = support.customerId(number);
        EmergencyContact first = support.contacts(number).get(0);
        EmergencyContact second = support.contacts(number).get(1);

        JsonNode view = rest.getForObject("/api/public/confirmations/" + token, JsonNode.class);
        assertThat(view.toString()).doesNotContain(first.name(), first.phone(), second.name(), second.phone());
        assertThat(view.at("/contacts/0/id").asLong()).isEqualTo(first.id());
        assertThat(purposes(view.at("/contacts/0/consented"))).containsExactly("SERVICE", "EMERGENCY_NOTIFICATION");

        ResponseEntity<String> withdrawn = rest.postForEntity("/api/public/confirmations/" + token + "/contacts/"
                + first.id() + "/consents/EMERGENCY_NOTIFICATION/withdrawal", null, String.class);

        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(gate.mayUse(first.id(), EMERGENCY_NOTIFICATION)).isFalse();
        assertThat(gate.mayUse(first.id(), SERVICE)).isTrue();
        assertThat(gate.mayUse(second.id(), EMERGENCY_NOTIFICATION)).isTrue();
        assertThat(gate.mayUseCustomer(customerId, EMERGENCY_NOTIFICATION)).as("the customer's own consent stays").isTrue();
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM consent WHERE contact_id = ? AND superseded_at IS NULL",
                first.id());
        assertThat(row).containsEntry("purpose_emergency", false).containsEntry("purpose_service", true)
                .containsEntry("withdrawn_purpose", "EMERGENCY_NOTIFICATION").containsEntry("withdrawn_via", "CUSTOMER_LINK")
                .containsEntry("collected_by", "customer:" + number);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consent WHERE contact_id = ?", Integer.class, first.id()))
                .as("appended, the first row kept").isEqualTo(2);
        assertThat(jdbc.queryForMap("SELECT operator, reason FROM change_log WHERE customer_id = ? AND field = ?",
                customerId, "contact[" + first.id() + "].consent.EMERGENCY_NOTIFICATION"))
                .containsEntry("operator", "customer:" + number).containsEntry("reason", "客户本人经链接撤回授权");
        assertThat(purposes(rest.getForObject("/api/public/confirmations/" + token, JsonNode.class).at("/contacts/0/consented")))
                .containsExactly("SERVICE");
    }

    @Test
    void anotherCustomersContactAndAForgedLinkChangeNothing() {
        String number = support.enterWithTwoContacts();
        support.approve(number);
        String other = support.enterWithTwoContacts();
        long foreign = support.contactId(other, 0);
        String token = entries.confirmationToken(number);

        ResponseEntity<String> notTheirs = rest.postForEntity("/api/public/confirmations/" + token + "/contacts/" + foreign
                + "/consents/SERVICE/withdrawal", null, String.class);
        ResponseEntity<String> forged = rest.postForEntity("/api/public/confirmations/forged.token/contacts/"
                + support.contactId(number, 0) + "/consents/SERVICE/withdrawal", null, String.class);
        ResponseEntity<String> badPurpose = rest.postForEntity("/api/public/confirmations/" + token + "/contacts/"
                + support.contactId(number, 0) + "/consents/EVERYTHING/withdrawal", null, String.class);

        assertThat(notTheirs.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(forged.getStatusCode().is4xxClientError()).isTrue();
        assertThat(badPurpose.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(gate.mayUse(foreign, SERVICE)).isTrue();
        assertThat(gate.mayUse(support.contactId(number, 0), SERVICE)).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consent WHERE contact_id IN (?, ?)", Integer.class, foreign,
                support.contactId(number, 0))).isEqualTo(2);
    }

    private static List<String> purposes(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(p -> list.add(p.asText()));
        return list;
    }
}
