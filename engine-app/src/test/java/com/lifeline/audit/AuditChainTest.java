package com.lifeline.audit;

import com.lifeline.support.LifelineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chained audit log on the shared database. The tamper test restores the row it edits; the purge
 * test purges every entry older than "now" (no other test reads audit rows written by another class).
 */
@LifelineIntegrationTest
class AuditChainTest {

    @Autowired
    AuditLog audit;
    @Autowired
    AuditChain chain;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    AuditVerifyRunner runner;

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    List<Map<String, Object>> rowsOf(String actor) {
        return jdbc.queryForList("SELECT * FROM audit_log WHERE actor = ? ORDER BY id", actor);
    }

    @Test
    void recordWritesExactlyOneChainedRowWithTheGivenFields() {
        String actor = unique("aud-");
        audit.record(actor, AuditAction.VIEW, "SH2026901", "customer, contacts");

        List<Map<String, Object>> rows = rowsOf(actor);
        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.get(0);
        assertThat(row.get("action")).isEqualTo("VIEW");
        assertThat(row.get("customer_number")).isEqualTo("SH2026901");
        assertThat(row.get("detail")).isEqualTo("customer, contacts");
        assertThat(row.get("occurred_at")).isNotNull();
        long id = ((Number) row.get("id")).longValue();
        String previous = jdbc.queryForObject("SELECT COALESCE((SELECT hash FROM audit_log WHERE id = ?), "
                + "(SELECT anchor_hash FROM audit_chain_head WHERE anchor_id = ?))", String.class, id - 1, id - 1);
        assertThat(row.get("prev_hash")).isEqualTo(previous);
        assertThat((String) row.get("hash")).hasSize(64).isNotEqualTo(previous);
        assertThat(chain.verify()).isEmpty();
    }

    @Test
    void concurrentAppendsStayOneUnbrokenChain() throws Exception {
        String actor = unique("par-");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                done.add(pool.submit(() -> audit.record(actor, AuditAction.SEARCH, null, "q" + n)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(rowsOf(actor)).hasSize(40);
        assertThat(chain.verify()).isEmpty();
    }

    @Test
    void editingAColumnInSqlIsReportedAtThatRow() {
        String actor = unique("tam-");
        audit.record(actor, AuditAction.CHANGE, "SH2026902", "phone");
        audit.record(actor, AuditAction.CHANGE, "SH2026902", "email");
        long first = ((Number) rowsOf(actor).get(0).get("id")).longValue();
        try {
            jdbc.update("UPDATE audit_log SET detail = 'nothing' WHERE id = ?", first);
            assertThat(chain.verify()).hasValue(first);
            ResponseEntity<Map> answer = rest.withBasicAuth("compliance1", "Demo-Pass-2026")
                    .getForEntity("/api/audit/verify", Map.class);
            assertThat(answer.getBody()).containsEntry("intact", false);
            assertThat(((Number) answer.getBody().get("firstBrokenId")).longValue()).isEqualTo(first);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(runner.report(new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(2);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("BROKEN at entry id " + first);
        } finally {
            jdbc.update("UPDATE audit_log SET detail = 'phone' WHERE id = ?", first);
        }
        assertThat(chain.verify()).isEmpty();
    }

    @Test
    void purgingTheOldestEntriesKeepsVerificationGreen() {
        String actor = unique("pur-");
        audit.record(actor, AuditAction.EXPORT, null, "export 1");
        // far ahead: process tests move the engine clock, so some entries are dated weeks ahead
        assertThat(chain.purgeBefore(Instant.now().plus(Duration.ofDays(3650)))).isPositive();
        assertThat(rowsOf(actor)).isEmpty();
        assertThat(chain.verify()).isEmpty();
        // nothing left older than the cutoff: a second purge is a no-op
        assertThat(chain.purgeBefore(Instant.now().minus(Duration.ofDays(400)))).isZero();
        audit.record(actor, AuditAction.DOWNLOAD, null, "export 1");
        assertThat(rowsOf(actor)).hasSize(1);
        assertThat(chain.verify()).isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(runner.report(new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("AUDIT CHAIN INTACT");
    }

    @Test
    void aRemovedEntryIsReported() {
        String actor = unique("del-");
        audit.record(actor, AuditAction.DELETE, "SH2026903", "customer");
        Map<String, Object> row = rowsOf(actor).get(0);
        long id = ((Number) row.get("id")).longValue();
        audit.record(actor, AuditAction.VIEW, "SH2026903", "customer");
        jdbc.update("DELETE FROM audit_log WHERE id = ?", id);
        try {
            assertThat(chain.verify()).hasValue(id);
        } finally {
            jdbc.update("INSERT INTO audit_log (id, occurred_at, actor, action, customer_number, detail, source_ip, prev_hash, hash) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, row.get("occurred_at"), row.get("actor"),
                    row.get("action"), row.get("customer_number"), row.get("detail"), row.get("source_ip"),
                    row.get("prev_hash"), row.get("hash"));
        }
        assertThat(chain.verify()).isEmpty();
    }

    @Test
    void retentionShorterThanAYearIsRefused() {
        assertThatThrownBy(() -> new AuditProperties(Duration.ofDays(364), "0 30 3 * * ?"))
                .hasMessageContaining("P365D");
        assertThat(new AuditProperties(Duration.ofDays(365), "0 30 3 * * ?").retention()).isEqualTo(Duration.ofDays(365));
    }

    @Test
    void onlyComplianceSearchesTheLog() {
        String actor = unique("srch-");
        audit.record(actor, AuditAction.VIEW, "SH2026904", "customer");
        audit.record(actor, AuditAction.CHANGE, "SH2026904", "phone");

        ResponseEntity<Map> found = rest.withBasicAuth("compliance1", "Demo-Pass-2026")
                .getForEntity("/api/audit?actor={a}&action=CHANGE", Map.class, actor);
        assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> entries = (List<Map<String, Object>>) found.getBody().get("entries");
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.get("customerNumber")).isEqualTo("SH2026904");
            assertThat(e.get("detail")).isEqualTo("phone");
            assertThat(e.get("hash")).isNotNull();
        });
        // the search itself is audited, with filter names only
        assertThat(jdbc.queryForList("SELECT detail FROM audit_log WHERE actor = 'compliance1' AND action = 'SEARCH' "
                + "ORDER BY id DESC LIMIT 1", String.class)).containsExactly("audit_log: actor,action");

        assertThat(rest.withBasicAuth("sales1", "Demo-Pass-2026").getForEntity("/api/audit", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("sales1", "Demo-Pass-2026").getForEntity("/api/audit/verify", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> anonymous = rest.getForEntity("/api/audit", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(rest.withBasicAuth("compliance1", "Demo-Pass-2026").getForEntity("/audit", String.class)
                .getBody()).contains("审计日志", "校验哈希链");
    }
}
