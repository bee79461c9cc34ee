package com.lifeline.contactcare;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeline.customer.CustomerErasure;
import com.lifeline.support.LifelineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Consent per contact and purpose over the API: its history after three changes, the signed letter's
 * upload (checked by its bytes, sealed, erased with the customer), and bad input changing nothing.
 */
@LifelineIntegrationTest
class ConsentApiTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n授权书 王强 签字\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ContactCareTestSupport support;
    @Autowired
    CustomerErasure erasure;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    private ResponseEntity<JsonNode> withdraw(String user, String number, long contactId, String purpose) {
        return rest.withBasicAuth(user, "Demo-Pass-2026").postForEntity("/api/customers/" + number + "/contacts/"
                + contactId + "/consents/" + purpose + "/withdrawal", null, JsonNode.class);
    }

    private ResponseEntity<JsonNode> renew(String user, String number, long contactId, String channel, String evidence,
                                           String fileName, String contentType, byte[] file) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("service", "true");
        form.add("emergency", "true");
        form.add("marketing", "true");
        if (channel != null) {
            form.add("channel", channel);
        }
        if (evidence != null) {
            form.add("evidence", evidence);
        }
        if (file != null) {
            HttpHeaders partHeaders = new HttpHeaders();
            partHeaders.setContentType(MediaType.parseMediaType(contentType));
            form.add("file", new HttpEntity<>(new ByteArrayResource(file) {
                @Override
                public String getFilename() {
                    return fileName;
                }
            }, partHeaders));
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "Demo-Pass-2026").postForEntity("/api/customers/" + number + "/contacts/"
                + contactId + "/consents", new HttpEntity<>(form, headers), JsonNode.class);
    }

    private int consentRows(long contactId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM consent WHERE contact_id = ?", Integer.class, contactId);
    }

    private int files(String number) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM consent_evidence_file f JOIN customer c ON c.id = f.customer_id"
                + " WHERE c.customer_number = ?", Integer.class, number);
    }

    @Test
    void theHistoryIsCompleteAfterThreeChangesAndNoRowIsRewritten() {
        String number = support.enterWithTwoContacts();
        long contact = support.contactId(number, 0);

        assertThat(withdraw("sales1", number, contact, "EMERGENCY_NOTIFICATION").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(renew("sales1", number, contact, "SIGNED_LETTER", "SL-2026-0042", "letter.png", "image/png", PNG)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(withdraw("sup1", number, contact, "MARKETING").getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode history = rest.withBasicAuth("sales1", "Demo-Pass-2026").getForObject("/api/customers/" + number
                + "/contacts/" + contact + "/consents", JsonNode.class);
        assertThat(history).hasSize(4);
        assertThat(List.of(history.get(0), history.get(1), history.get(2), history.get(3)))
                .extracting(r -> r.get("service").asBoolean() + "/" + r.get("emergencyNotification").asBoolean() + "/"
                        + r.get("marketing").asBoolean())
                .containsExactly("true/true/false", "true/false/false", "true/true/true", "true/true/false");
        assertThat(List.of(history.get(1).get("withdrawnPurpose").asText(), history.get(3).get("withdrawnPurpose").asText()))
                .containsExactly("EMERGENCY_NOTIFICATION", "MARKETING");
        assertThat(history.get(2).get("channel").asText()).isEqualTo("SIGNED_LETTER");
        assertThat(history.get(2).get("evidence").asText()).isEqualTo("SL-2026-0042");
        assertThat(history.get(3).get("collectedBy").asText()).isEqualTo("sup1");
        assertThat(history.get(3).get("supersededAt").isNull()).isTrue();
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT id, superseded_by FROM consent WHERE contact_id = ? ORDER BY id", contact);
        for (int i = 0; i < 3; i++) {
            assertThat(rows.get(i).get("superseded_by")).isEqualTo(rows.get(i + 1).get("id"));
        }
        assertThat(jdbc.queryForList("SELECT field FROM change_log WHERE customer_id = ? AND field LIKE ? ORDER BY id",
                String.class, support.customerId(number), "contact[" + contact + "].consent.%"))
                .containsExactly("contact[" + contact + "].consent.EMERGENCY_NOTIFICATION",
                        "contact[" + contact + "].consent.EMERGENCY_NOTIFICATION",
                        "contact[" + contact + "].consent.MARKETING",
                        "contact[" + contact + "].consent.MARKETING");
        assertThatThrownBy(() -> jdbc.update("UPDATE consent SET withdrawn_purpose = NULL WHERE id = ?", rows.get(1).get("id")))
                .hasMessageContaining("append-only");
    }

    @Test
    void aSignedLetterIsStoredSealedAndTheErasureDeletesIt() {
        String number = support.enterWithTwoContacts();
        long contact = support.contactId(number, 1);

        assertThat(renew("sales1", number, contact, "SIGNED_LETTER", "SL-2026-0043", "授权书.pdf", "application/pdf", PDF)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);

        Map<String, Object> file = jdbc.queryForMap("SELECT content_type, size_bytes, sealed_content, uploaded_by"
                + " FROM consent_evidence_file f JOIN customer c ON c.id = f.customer_id WHERE c.customer_number = ?", number);
        assertThat(file).containsEntry("content_type", "application/pdf").containsEntry("size_bytes", PDF.length)
                .containsEntry("uploaded_by", "sales1");
        assertThat(new String((byte[]) file.get("sealed_content"), StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
        long consentId = jdbc.queryForObject("SELECT consent_id FROM consent_evidence_file f JOIN customer c"
                + " ON c.id = f.customer_id WHERE c.customer_number = ?", Long.class, number);
        String letter = "/api/customers/" + number + "/contacts/" + contact + "/consents/" + consentId + "/letter";
        ResponseEntity<byte[]> download = rest.withBasicAuth("sup1", "Demo-Pass-2026").getForEntity(letter, byte[].class);
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(download.getBody()).isEqualTo(PDF);
        assertThat(rest.withBasicAuth("sales2", "Demo-Pass-2026").getForEntity(letter, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("sales1", "Demo-Pass-2026").getForEntity("/api/customers/" + number + "/contacts/"
                + support.contactId(number, 0) + "/consents/" + consentId + "/letter", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE customer_number = ? AND action = 'DOWNLOAD'"
                + " AND actor = 'sup1'", Integer.class, number)).isEqualTo(1);

        long customerId = support.customerId(number);
        Map<String, Integer> erased = transaction.execute(status -> erasure.erase(customerId));
        assertThat(erased).containsEntry("consent_evidence_files", 1);
        assertThat(files(number)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consent_evidence_file WHERE customer_id = ?", Integer.class,
                customerId)).isZero();
    }

    @Test
    void anOversizedOrFakeUploadIsRefusedAndNothingChanges() {
        String number = support.enterWithTwoContacts();
        long contact = support.contactId(number, 0);
        byte[] big = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        byte[] textNamedPng = "这不是图片,只是文字".getBytes(StandardCharsets.UTF_8);

        ResponseEntity<JsonNode> tooBig = renew("sales1", number, contact, "SIGNED_LETTER", "SL-1", "big.pdf", "application/pdf", big);
        ResponseEntity<JsonNode> fake = renew("sales1", number, contact, "SIGNED_LETTER", "SL-1", "letter.png", "image/png", textNamedPng);
        ResponseEntity<JsonNode> mislabelled = renew("sales1", number, contact, "SIGNED_LETTER", "SL-1", "letter.png", "image/png", PDF);
        ResponseEntity<JsonNode> noFile = renew("sales1", number, contact, "SIGNED_LETTER", "SL-1", null, null, null);
        ResponseEntity<JsonNode> noEvidence = renew("sales1", number, contact, "FORM", null, null, null, null);
        ResponseEntity<JsonNode> badChannel = renew("sales1", number, contact, "EMAIL", "SL-1", null, null, null);

        assertThat(tooBig.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(field(tooBig)).isEqualTo("file");
        for (ResponseEntity<JsonNode> answer : List.of(fake, mislabelled, noFile)) {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(field(answer)).isEqualTo("file");
        }
        assertThat(noEvidence.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(field(noEvidence)).isEqualTo("evidence");
        assertThat(field(badChannel)).isEqualTo("channel");
        assertThat(consentRows(contact)).isEqualTo(1);
        assertThat(files(number)).isZero();
    }

    @Test
    void unknownOutOfScopeOrReadOnlyCallersChangeNothing() {
        String number = support.enterWithTwoContacts();
        long contact = support.contactId(number, 0);

        assertThat(withdraw("sales1", "SH2026999999", contact, "MARKETING").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(withdraw("sales2", number, contact, "SERVICE").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(withdraw("sales1", number, 999_999_999L, "SERVICE").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(withdraw("service1", number, contact, "SERVICE").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(renew("sales2", number, contact, "FORM", "F-1", null, null, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> badPurpose = withdraw("sales1", number, contact, "PROFILING");
        assertThat(badPurpose.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(field(badPurpose)).isEqualTo("purpose");
        ResponseEntity<JsonNode> notGiven = withdraw("sales1", number, contact, "MARKETING");
        assertThat(notGiven.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(consentRows(contact)).isEqualTo(1);
        assertThat(rest.withBasicAuth("sales2", "Demo-Pass-2026").getForEntity("/api/customers/" + number + "/contacts/"
                + contact + "/consents", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static String field(ResponseEntity<JsonNode> answer) {
        return answer.getBody().get("errors").get(0).get("field").asText();
    }
}
