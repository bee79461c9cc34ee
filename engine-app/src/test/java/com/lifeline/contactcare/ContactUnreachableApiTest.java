package com.lifeline.contactcare;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeline.support.LifelineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/customers/{number}/contacts/{id}/unreachable: INVALID at once, logged; bad input changes nothing. */
@LifelineIntegrationTest
class ContactUnreachableApiTest {

    private static final String GOOD = "{\"reason\": \"连续三天拨打均为空号\"}";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ContactCareTestSupport support;
    @Autowired
    JdbcTemplate jdbc;

    private ResponseEntity<JsonNode> mark(String user, String number, long contactId, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "Demo-Pass-2026").exchange(
                "/api/customers/" + number + "/contacts/" + contactId + "/unreachable", HttpMethod.POST,
                new HttpEntity<>(body, headers), JsonNode.class);
    }

    private String status(long contactId) {
        return jdbc.queryForObject("SELECT status FROM emergency_contact WHERE id = ?", String.class, contactId);
    }

    @Test
    void theOwnerMarksAContactUnreachableAndItIsInvalidAtOnceWithTheReasonLogged() {
        String number = support.enterWithThreeContacts();
        long contact = support.contactId(number, 2);

        ResponseEntity<JsonNode> answer = mark("sales1", number, contact, GOOD);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(status(contact)).isEqualTo("INVALID");
        assertThat(jdbc.queryForObject("SELECT verification_status FROM emergency_contact WHERE id = ?", String.class, contact))
                .isEqualTo("UNREACHABLE");
        Map<String, Object> logged = jdbc.queryForMap("SELECT old_value, new_value, reason, operator FROM change_log"
                + " WHERE customer_id = ? AND field = ?", support.customerId(number), "contact[" + contact + "].status");
        assertThat(logged).containsEntry("old_value", "VALID").containsEntry("new_value", "INVALID")
                .containsEntry("reason", "连续三天拨打均为空号").containsEntry("operator", "sales1");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE customer_number = ? AND actor = 'sales1'"
                + " AND detail = ?", Integer.class, number, "contact[" + contact + "].status")).isEqualTo(1);
    }

    @Test
    void theSupervisorMayMarkTheTeamsContactToo() {
        String number = support.enterWithThreeContacts();
        long contact = support.contactId(number, 0);

        assertThat(mark("sup1", number, contact, GOOD).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(status(contact)).isEqualTo("INVALID");
    }

    @Test
    void anUnknownOrOutOfScopeCustomerOrContactIsNotFoundAndNothingChanges() {
        String number = support.enterWithThreeContacts();
        String other = support.enterWithTwoContacts();
        long contact = support.contactId(number, 0);

        assertThat(mark("sales1", "SH2026999999", contact, GOOD).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(mark("sales2", number, contact, GOOD).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(mark("sales1", other, contact, GOOD).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(mark("sales1", number, 999_999_999L, GOOD).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status(contact)).isEqualTo("VALID");
    }

    @Test
    void aRoleThatMaySeeButNotChangeTheCustomerIsRefused() {
        String number = support.enterWithThreeContacts();
        long contact = support.contactId(number, 0);

        assertThat(mark("service1", number, contact, GOOD).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(mark("steward1", number, contact, GOOD).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(contact)).isEqualTo("VALID");
    }

    @Test
    void aMissingOrTooLongReasonNamesTheFieldAndNothingChanges() {
        String number = support.enterWithThreeContacts();
        long contact = support.contactId(number, 0);

        for (String body : new String[]{"{}", "{\"reason\": \"  \"}", "{\"reason\": \"" + "空".repeat(501) + "\"}"}) {
            ResponseEntity<JsonNode> answer = mark("sales1", number, contact, body);
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        }
        assertThat(mark("sales1", number, contact, "").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status(contact)).isEqualTo("VALID");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM change_log WHERE field = ?", Integer.class,
                "contact[" + contact + "].status")).isZero();
    }

    @Test
    void markingAnInvalidContactAgainIsAConflict() {
        String number = support.enterWithThreeContacts();
        long contact = support.contactId(number, 2);
        mark("sales1", number, contact, GOOD);

        assertThat(mark("sales1", number, contact, GOOD).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }
}
