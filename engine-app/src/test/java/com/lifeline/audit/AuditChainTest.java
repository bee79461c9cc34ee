package com.lifeline.audit;

import com.lifeline.support.LifelineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

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
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chained audit log on the shared database: append-only by trigger (migration V70), tamper-evident
 * by the chain. The tamper tests restore the row they change; the purge test purges every entry older
 * than "now" (no other test reads audit rows written by another class).
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
    @Autowired
    TransactionTemplate transactions;

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
    void theDatabaseRefusesUpdateAndDeleteOfAuditRows() {
        String actor = unique("ro-");
        audit.record(actor, AuditAction.CHANGE, "SH2026905", "phone");
        long id = ((Number) rowsOf(actor).get(0).get("id")).longValue();

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_log SET detail = 'nothing' WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("audit_log is append-only: UPDATE is refused");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_log WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("audit_log is append-only: rows are deleted by the retention purge only");

        assertThat(rowsOf(actor)).singleElement().satisfies(row -> assertThat(row.get("detail")).isEqualTo("phone"));
        assertThat(chain.verify()).isEmpty();
    }

    /**
     * Someone who can run SQL can set the purge's session variable too; the chain still shows an edit
     * (a row deleted and written again with other content, as UPDATE is refused even then).
     */
    @Test
    void anEditThatGetsPastTheTriggersIsReportedAtThatRow() {
        String actor = unique("tam-");
        audit.record(actor, AuditAction.CHANGE, "SH2026902", "phone");
        audit.record(actor, AuditAction.CHANGE, "SH2026902", "email");
        Map<String, Object> original = rowsOf(actor).get(0);
        long first = ((Number) original.get("id")).longValue();
        try {
            rewrite(original, "nothing");
            assertThat(chain.verify()).hasValue(first);
            ResponseEntity<Map> answer = rest.withBasicAuth("compliance1", "Demo-Pass-2026")
                    .getForEntity("/api/audit/verify", Map.class);
            assertThat(answer.getBody()).containsEntry("intact", false);
            assertThat(((Number) answer.getBody().get("firstBrokenId")).longValue()).isEqualTo(first);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(runner.report(new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(2);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("BROKEN at entry id " + first);
        } finally {
            rewrite(original, "phone");
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
        pastTheTriggers(sql -> sql.update("DELETE FROM audit_log WHERE id = ?", id));
        try {
            assertThat(chain.verify()).hasValue(id);
        } finally {
            insert(jdbc, row, (String) row.get("detail"));
        }
        assertThat(chain.verify()).isEmpty();
    }

    @Test
    void thePurgeResetsItsSessionVariableOnItsConnection() {
        String actor = unique("pv-");
        audit.record(actor, AuditAction.VIEW, null, "before");
        // one transaction, so one connection: the purge's and the DELETE's below
        transactions.executeWithoutResult(tx -> {
            assertThat(chain.purgeBefore(Instant.now().plus(Duration.ofDays(3650)))).isPositive();
            // appended now, not at commit as AuditLog.record does inside a transaction
            long id = chain.append(actor, AuditAction.VIEW, null, "after", null);
            assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_log WHERE id = ?", id))
                    .hasMessageContaining("audit_log is append-only");
        });
        assertThat(rowsOf(actor)).extracting(row -> row.get("detail")).containsExactly("after");
        assertThat(chain.verify()).isEmpty();
    }

    /** What a DBA could do: delete with the purge's variable set, and insert the row again with another detail. */
    private void rewrite(Map<String, Object> row, String detail) {
        pastTheTriggers(sql -> {
            sql.update("DELETE FROM audit_log WHERE id = ?", row.get("id"));
            insert(sql, row, detail);
        });
    }

    private void pastTheTriggers(Consumer<JdbcTemplate> work) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            JdbcTemplate sql = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            sql.execute("SET @lifeline_audit_purge = 1");
            try {
                work.accept(sql);
            } finally {
                sql.execute("SET @lifeline_audit_purge = NULL");
            }
            return null;
        });
    }

    private static void insert(JdbcTemplate sql, Map<String, Object> row, String detail) {
        sql.update("INSERT INTO audit_log (id, occurred_at, actor, action, customer_number, detail, source_ip, prev_hash, hash) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("id"), row.get("occurred_at"), row.get("actor"),
                row.get("action"), row.get("customer_number"), detail, row.get("source_ip"),
                row.get("prev_hash"), row.get("hash"));
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
        // no browser password prompt: the page sends the browser to the one login page
        assertThat(anonymous.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
        HttpHeaders browser = new HttpHeaders();
        browser.setAccept(List.of(MediaType.TEXT_HTML));
        ResponseEntity<String> page = rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                .exchange("/audit", HttpMethod.GET, new HttpEntity<>(browser), String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(page.getHeaders().getLocation()).hasPath("/camunda/app/tasklist/default/");
        assertThat(rest.withBasicAuth("compliance1", "Demo-Pass-2026").getForEntity("/audit", String.class)
                .getBody()).contains("审计日志", "校验哈希链");
    }
}
