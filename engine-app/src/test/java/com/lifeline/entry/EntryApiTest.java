package com.lifeline.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeline.entry.EntrySubmission.ContactPart;
import com.lifeline.support.LifelineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/entries: the same rules as the form; a refused entry stores nothing. */
@LifelineIntegrationTest
class EntryApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    private int customers() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM customer", Integer.class);
    }

    private int drafts() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM entry_draft", Integer.class);
    }

    private ResponseEntity<JsonNode> post(Object body) {
        return postRaw(json.valueToTree(body).toString());
    }

    private ResponseEntity<JsonNode> postRaw(String body) {
        return postAs("sales1", body);
    }

    private ResponseEntity<JsonNode> postAs(String user, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "Demo-Pass-2026")
                .postForEntity("/api/entries", new HttpEntity<>(body, headers), JsonNode.class);
    }

    private int contactsOf(String number) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM emergency_contact ec JOIN customer c ON c.id = ec.customer_id "
                + "WHERE c.customer_number = ?", Integer.class, number);
    }

    private static Map<String, Object> request(EntrySubmission entry) {
        Map<String, Object> body = new HashMap<>();
        body.put("customer", entry.customer());
        body.put("contacts", entry.contacts());
        body.put("consent", entry.consent());
        return body;
    }

    @Test
    void aValidEntryIsCreatedPendingReviewWithItsLocation() {
        ResponseEntity<JsonNode> response = post(request(EntryExamples.company()));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = response.getBody().get("customerNumber").asText();
        assertThat(response.getHeaders().getLocation()).hasToString("/api/customers/" + number);
        JsonNode customer = rest.withBasicAuth("sales1", "Demo-Pass-2026")
                .getForObject("/api/customers/" + number, JsonNode.class);
        assertThat(customer.at("/status").asText()).isEqualTo("PENDING_REVIEW");
        assertThat(customer.at("/masked").asBoolean()).isFalse();
        assertThat(customer.at("/contacts").size()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT ASSIGNEE_ FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_ "
                + "WHERE e.BUSINESS_KEY_ = ? AND t.TASK_DEF_KEY_ = 'Task_SupervisorReview'", String.class, number)).isEqualTo("sup1");
    }

    @Test
    void theLongestAcceptedEvidenceAndWeChatIdInThreeByteCharactersAreStored() {
        EntrySubmission base = EntryExamples.company();
        String wide = "ｱ"; // three bytes in UTF-8, the most per counted character (limits count UTF-16 units)
        EntrySubmission.ContactPart first = base.contacts().get(0);
        EntrySubmission.ContactPart widest = new EntrySubmission.ContactPart(first.name(), first.relation(), first.phone(),
                first.email(), wide.repeat(64), first.scope(), first.reachable24h(), first.informed());
        EntrySubmission.ConsentPart consent = base.consent();
        EntrySubmission entry = EntryExamples.withConsent(
                EntryExamples.withContacts(base, List.of(widest, base.contacts().get(1))),
                new EntrySubmission.ConsentPart(consent.service(), consent.emergency(), consent.marketing(),
                        consent.channel(), wide.repeat(200)));

        assertThat(post(request(entry)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void badInputGetsFieldMessagesAndStoresNothing() {
        EntrySubmission base = EntryExamples.company();
        int customersBefore = customers();
        int draftsBefore = drafts();
        ContactPart only = base.contacts().get(0);
        Map<String, List<String>> expectations = new HashMap<>();

        assertProblem(post(request(EntryExamples.withCustomer(base, EntryExamples.phone(base.customer(), "not-a-phone")))),
                "customer.phone");
        assertProblem(post(request(EntryExamples.withContacts(base, List.of(only)))), "contacts[1].name");
        assertProblem(post(request(EntryExamples.withConsent(base, null))), "consent.service");
        assertProblem(post(request(EntryExamples.withCustomer(base, EntryExamples.name(base.customer(), "x".repeat(10_000))))),
                "customer.name");
        assertProblem(post(request(EntryExamples.withCustomer(base,
                EntryExamples.name(base.customer(), "<script>alert(1)</script>科技有限公司")))), "customer.name");
        assertProblem(post(Map.of("customer", Map.of("kind", "COMPANY"))), "customer.name");

        assertThat(customers()).isEqualTo(customersBefore);
        assertThat(drafts()).isEqualTo(draftsBefore);
        assertThat(expectations).isEmpty();
    }

    @Test
    void staffWhoMayNotChangeCustomersCannotEnterThem() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        int before = customers();

        ResponseEntity<JsonNode> response = rest.withBasicAuth("service1", "Demo-Pass-2026").postForEntity("/api/entries",
                new HttpEntity<>(json.valueToTree(request(EntryExamples.company())).toString(), headers), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody().at("/errors/0/message").asText()).contains("可以录入客户");
        assertThat(customers()).isEqualTo(before);
    }

    @Test
    void malformedJsonAndWrongTypesAreClearErrors() {
        ResponseEntity<JsonNode> malformed = postRaw("{\"customer\": ");
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody().at("/errors/0/message").asText()).contains("JSON");

        ResponseEntity<JsonNode> wrongType = postRaw("{\"contacts\": \"two\"}");
        assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrongType.getBody().at("/errors/0/field").asText()).isEqualTo("contacts");
        assertThat(wrongType.getBody().toString()).doesNotContain("Exception").doesNotContain("at com.");
    }

    @Test
    void aDuplicateIsAConflictUntilResolved() {
        EntrySubmission first = EntryExamples.company();
        String number = post(request(first)).getBody().get("customerNumber").asText();
        EntrySubmission other = EntryExamples.company();
        EntrySubmission sameEmail = EntryExamples.withCustomer(other, new EntrySubmission.CustomerPart(
                other.customer().kind(), other.customer().name(), other.customer().phone(),
                first.customer().email().toUpperCase(), "SH", "上海市", "上海市", "徐汇区", "漕溪路", "1号", "需求",
                "2026-11-25T09:30", "WEBSITE", "IT", null, null, null, null));
        int before = customers();

        ResponseEntity<JsonNode> conflict = post(request(sameEmail));
        assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(conflict.getBody().get("existingCustomerNumber").asText()).isEqualTo(number);
        assertThat(conflict.getBody().at("/errors/0/message").asText()).contains("电子邮箱相同");
        assertThat(customers()).isEqualTo(before);

        Map<String, Object> attach = request(sameEmail);
        attach.put("duplicateResolution", Map.of("action", "ATTACH", "customerNumber", number));
        ResponseEntity<JsonNode> attached = post(attach);
        assertThat(attached.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(attached.getBody().get("customerNumber").asText()).isEqualTo(number);
        assertThat(customers()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM emergency_contact ec JOIN customer c ON c.id = ec.customer_id "
                + "WHERE c.customer_number = ?", Integer.class, number)).isEqualTo(4);

        EntrySubmission third = EntryExamples.company();
        Map<String, Object> different = request(EntryExamples.withCustomer(third,
                EntryExamples.phone(third.customer(), first.customer().phone())));
        different.put("duplicateResolution", Map.of("action", "DIFFERENT", "customerNumber", number));
        assertThat(post(different).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aDuplicateOfAnotherTeamsCustomerIsAConflictThatNamesNothingAndAttachesNothing() {
        EntrySubmission theirs = EntryExamples.company();
        String number = postAs("sales2", json.valueToTree(request(theirs)).toString()).getBody().get("customerNumber").asText();
        EntrySubmission mine = EntryExamples.company();
        EntrySubmission sameName = EntryExamples.withCustomer(mine, EntryExamples.name(mine.customer(), theirs.customer().name()));
        int customersBefore = customers();
        int draftsBefore = drafts();

        ResponseEntity<JsonNode> conflict = post(request(sameName));
        assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(conflict.getBody().hasNonNull("existingCustomerNumber")).as(conflict.getBody().toString()).isFalse();
        assertThat(conflict.getBody().at("/errors/0/message").asText()).contains("该客户已存在,属于其他团队")
                .doesNotContain("企业全称相同");
        assertThat(conflict.getBody().toString()).doesNotContain(number).doesNotContain("SH20");

        // naming the number (guessed, or learnt elsewhere) opens nothing: the same answer, nothing attached
        for (String action : List.of("ATTACH", "DIFFERENT")) {
            Map<String, Object> guess = request(sameName);
            guess.put("duplicateResolution", Map.of("action", action, "customerNumber", number));
            ResponseEntity<JsonNode> refused = post(guess);
            assertThat(refused.getStatusCode()).as(action).isEqualTo(HttpStatus.CONFLICT);
            assertThat(refused.getBody()).as(action).isEqualTo(conflict.getBody());
        }
        assertThat(contactsOf(number)).isEqualTo(2);
        assertThat(customers()).isEqualTo(customersBefore);
        assertThat(drafts()).isEqualTo(draftsBefore);
        assertThat(rest.withBasicAuth("sales1", "Demo-Pass-2026").getForEntity("/api/customers/" + number, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void offeringTheContactsToTheOwnerOpensTheirAcceptTaskAndAddsNothingYet() {
        EntrySubmission theirs = EntryExamples.company();
        String number = postAs("sales2", json.valueToTree(request(theirs)).toString()).getBody().get("customerNumber").asText();
        EntrySubmission mine = EntryExamples.company();
        Map<String, Object> offer = request(EntryExamples.withCustomer(mine, EntryExamples.phone(mine.customer(), theirs.customer().phone())));
        offer.put("duplicateResolution", Map.of("action", "OFFER_TO_OWNER"));
        int customersBefore = customers();

        ResponseEntity<JsonNode> offered = post(offer);

        assertThat(offered.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(offered.getBody().get("status").asText()).isEqualTo("OFFERED_TO_OWNER");
        assertThat(offered.getBody().hasNonNull("customerNumber")).isFalse();
        assertThat(offered.getHeaders().getLocation()).isNull();
        long offerId = offered.getBody().get("offerId").asLong();
        assertThat(customers()).isEqualTo(customersBefore);
        assertThat(contactsOf(number)).isEqualTo(2);
        Map<String, Object> row = jdbc.queryForMap("SELECT o.*, c.customer_number FROM contact_offer o JOIN customer c ON c.id = o.customer_id WHERE o.id = ?", offerId);
        assertThat(row).containsEntry("customer_number", number).containsEntry("status", "PENDING")
                .containsEntry("offered_by", "sales1").containsEntry("contact_count", 2);
        assertThat((String) row.get("payload")).doesNotContain(mine.contacts().get(0).phone()).doesNotContain(mine.contacts().get(0).name());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM entry_draft WHERE id = ?", Integer.class, row.get("entry_id"))).isZero();
        assertThat(jdbc.queryForObject("SELECT t.ASSIGNEE_ FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_ "
                + "WHERE e.ID_ = ? AND t.TASK_DEF_KEY_ = 'Task_AcceptContacts'", String.class, row.get("process_instance_id"))).isEqualTo("sales2");
    }

    @Test
    void anotherTeamsCustomerDeclaredDifferentIsCreatedForReview() {
        EntrySubmission theirs = EntryExamples.company();
        postAs("sales2", json.valueToTree(request(theirs)).toString());
        EntrySubmission mine = EntryExamples.company();
        Map<String, Object> different = request(EntryExamples.withCustomer(mine, EntryExamples.phone(mine.customer(), theirs.customer().phone())));
        different.put("duplicateResolution", Map.of("action", "DIFFERENT"));

        ResponseEntity<JsonNode> created = post(different);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("status").asText()).isEqualTo("PENDING_REVIEW");
        assertThat(created.getBody().has("offerId")).isFalse();
    }

    @Test
    void aNullInAListIsNamedByItsPathAndStoresNothing() throws Exception {
        int before = customers();
        com.fasterxml.jackson.databind.node.ObjectNode body = json.valueToTree(request(EntryExamples.company()));
        body.withArray("contacts").insertNull(0);

        ResponseEntity<JsonNode> response = postRaw(body.toString());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors")).singleElement().satisfies(problem -> {
            assertThat(problem.get("field").asText()).isEqualTo("contacts[0]");
            assertThat(problem.get("message").asText()).isEqualTo("不能为空");
        });
        assertThat(response.getBody().has("existingCustomerNumber")).isFalse();
        assertThat(customers()).isEqualTo(before);
    }

    private void assertProblem(ResponseEntity<JsonNode> response, String field) {
        assertThat(response.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).as(response.getBody().toString())
                .contains(field);
        assertThat(response.getBody().toString()).doesNotContain("not-a-phone").doesNotContain("<script>");
    }
}
