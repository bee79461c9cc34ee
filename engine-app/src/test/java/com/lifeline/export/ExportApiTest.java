package com.lifeline.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.lifeline.security.CurrentUser;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/exports and the archive's endpoints: refusals with field and reason, nothing half-written, scope, 404/410/429. */
@LifelineIntegrationTest
class ExportApiTest {

    private static final List<String> FIELDS = List.of("customerNumber", "name", "phone");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ExportTestSupport support;
    @Autowired
    ExportArchives archives;
    @Autowired
    ExportProperties properties;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void badRequestsNameTheFieldAndWriteNothing() {
        CurrentUser sales = support.newRequester();
        String tag = ExportTestSupport.newTag();
        support.enter(sales, 2, tag, false);

        assertRefused(sales, body(tag, b -> b.put("fields", List.of("customerNumber", "idCard"))), 400, "fields");
        assertRefused(sales, body(tag, b -> b.put("fields", List.of())), 400, "fields");
        assertRefused(sales, body(tag, b -> b.put("periodDays", 31)), 400, "periodDays");
        assertRefused(sales, body(tag, b -> b.remove("purpose")), 400, "purpose");
        assertRefused(sales, body(tag, b -> b.put("safeguards", "无")), 400, "safeguards");
        assertRefused(sales, body(tag, b -> b.put("format", "XLSX")), 400, "format");
        assertRefused(sales, body(tag, b -> b.put("usage", "RESALE")), 400, "usage");
        assertRefused(sales, body("nothing-has-this-tag", b -> { }), 400, "filter");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM export_request WHERE requested_by = ?", Integer.class,
                sales.userId())).isZero();
    }

    @Test
    void whateverTheFilterSaysARequesterExportsOnlyTheirOwnScope() {
        CurrentUser owner = support.newRequester();
        CurrentUser other = support.newRequester();
        String tag = ExportTestSupport.newTag();
        support.enter(owner, 2, tag, false);

        // the other user names the owner and the tag: their scope holds none of these customers
        assertRefused(other, body(tag, b -> b.put("filter", Map.of("owner", owner.userId(), "tags", tag))), 400, "filter");
        // service staff are no requesters at all
        ResponseEntity<JsonNode> service = rest.withBasicAuth("service1", "Demo-Pass-2026")
                .postForEntity("/api/exports", body(tag, b -> { }), JsonNode.class);
        assertThat(service.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> own = post(owner, body(tag, b -> { }));
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(own.getBody().get("recordCount").asInt()).isEqualTo(2);
    }

    @Test
    void anotherUsersExportIsNotFoundAndTheDownloadLimitAnswers429() throws Exception {
        CurrentUser sales = support.newRequester();
        CurrentUser other = support.newRequester();
        String tag = ExportTestSupport.newTag();
        support.enter(sales, 2, tag, false);
        long id = post(sales, body(tag, b -> { })).getBody().get("id").asLong();

        assertThat(as(other).postForEntity("/api/exports/" + id + "/archive", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as(other).getForEntity("/api/exports/" + id + "/file", byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as(sales).getForEntity("/api/exports/999999999/file", byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<JsonNode> made = as(sales).postForEntity("/api/exports/" + id + "/archive", null, JsonNode.class);
        assertThat(made.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String password = made.getBody().get("password").asText();
        assertThat(as(sales).postForEntity("/api/exports/" + id + "/archive", null, JsonNode.class).getStatusCode())
                .as("the password is shown once").isEqualTo(HttpStatus.CONFLICT);
        for (int i = 0; i < properties.downloadLimit(); i++) {
            ResponseEntity<byte[]> file = as(sales).getForEntity("/api/exports/" + id + "/file", byte[].class);
            assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
            Path downloaded = Files.createTempFile("export", ".zip");
            Files.write(downloaded, file.getBody());
            assertThat(new String(ExportTestSupport.openWith7z(downloaded, password), "UTF-8")).contains("客户编号");
            Files.delete(downloaded);
        }
        assertThat(as(sales).getForEntity("/api/exports/" + id + "/file", byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE actor = ? AND action = 'DOWNLOAD'",
                Integer.class, sales.userId())).isEqualTo(properties.downloadLimit());
    }

    @Test
    void afterItsPeriodTheFileIsPurgedAndTheDownloadAnswers410() {
        CurrentUser sales = support.newRequester();
        String tag = ExportTestSupport.newTag();
        support.enter(sales, 2, tag, false);
        long id = post(sales, body(tag, b -> b.put("periodDays", 1))).getBody().get("id").asLong();
        archives.make(sales.userId(), id);
        ExportRequest ready = support.byId(id);
        Path file = ExportTestSupport.file(properties, ready);
        assertThat(file).exists();

        ClockUtil.setCurrentTime(Date.from(ready.expiresAt().plusSeconds(1)));
        assertThat(archives.purgeExpired()).isGreaterThanOrEqualTo(1);

        assertThat(file).doesNotExist();
        ExportRequest expired = support.reload(ready);
        assertThat(expired.status()).isEqualTo(ExportStatus.EXPIRED);
        assertThat(expired.fileName()).isNull();
        assertThat(as(sales).getForEntity("/api/exports/" + id + "/file", byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.GONE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE detail = ?", Integer.class,
                "export " + id + " file purged: expired")).isEqualTo(1);
    }

    private ResponseEntity<JsonNode> post(CurrentUser user, Map<String, Object> body) {
        return as(user).postForEntity("/api/exports", body, JsonNode.class);
    }

    private TestRestTemplate as(CurrentUser user) {
        return rest.withBasicAuth(user.userId(), ExportTestSupport.PASSWORD);
    }

    private void assertRefused(CurrentUser user, Map<String, Object> body, int status, String field) {
        ResponseEntity<JsonNode> response = post(user, body);
        assertThat(response.getStatusCode().value()).as("%s", body).isEqualTo(status);
        assertThat(response.getBody().toString()).as("names %s", field).contains("\"" + field + "\"");
    }

    private static Map<String, Object> body(String tag, java.util.function.Consumer<Map<String, Object>> change) {
        Map<String, Object> body = new HashMap<>();
        body.put("filter", Map.of("tags", tag));
        body.put("fields", FIELDS);
        body.put("purpose", "季度客户回访,核对紧急联系人");
        body.put("safeguards", "仅存放在公司加密笔记本,回访结束后删除");
        body.put("periodDays", 7);
        change.accept(body);
        return body;
    }
}
