package com.lifeline.bench;

import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import javax.sql.DataSource;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL of one POST /api/entries, statement by statement and grouped by shape: what the entry sends
 * through the app's pool (request thread and anything else, e.g. the outbox dispatch after commit), with
 * the first Lifeline frame and Camunda command that sent it. Counts, not timings: it can run on a busy
 * machine. A few entries warm the caches first, then {@code bench.sql.entries} (3) are recorded one by one.
 *
 * <p>Run: {@code mvn -o -pl engine-app test -Pbench -Dtest=EntrySqlProfileBenchmark}; the profile goes to
 * {@code engine-app/target/bench/entry-sql.txt}.
 */
@Tag("bench")
@LifelineIntegrationTest
@Import(CountedDataSourceConfiguration.class)
@TestPropertySource(properties = BenchProperties.WITHOUT_COVERAGE)
class EntrySqlProfileBenchmark {

    private static final int WARMUP = Integer.getInteger("bench.sql.warmup", 5);
    private static final int ENTRIES = Integer.getInteger("bench.sql.entries", 3);
    /** Serials far from EntryThroughputBenchmark's, should both run in one JVM. */
    private static final int FIRST_SERIAL = 9000;
    private static final Pattern LITERALS = Pattern.compile("'[^']*'|\\b\\d+\\b");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Autowired
    RepositoryService repository;

    @Test
    void statementsOfOneEntry() throws Exception {
        CountingDataSource counted = (CountingDataSource) dataSource;
        repository.createDeployment().name("bench-bare-entry").addClasspathResource("bench/bare-entry.bpmn").deploy();
        String bare = bareProfile(counted);
        int serial = FIRST_SERIAL;
        for (int i = 0; i < WARMUP; i++) {
            send(serial++);
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nSQL of POST /api/entries (%d warm-up entries, then %d recorded one by one)%n", WARMUP, ENTRIES));
        List<CountingDataSource.Recorded> last = List.of();
        for (int i = 0; i < ENTRIES; i++) {
            counted.record();
            send(serial++);
            // anything the commit hands to other threads (outbox dispatch) lands within this
            Thread.sleep(1500);
            last = counted.stopRecording();
            long statements = last.stream().filter(r -> !r.sql().equals("COMMIT"))
                    .mapToLong(r -> Math.max(1, r.batched())).sum();
            long roundTrips = last.stream().filter(r -> !r.sql().equals("COMMIT")).count();
            long commits = last.stream().filter(r -> r.sql().equals("COMMIT")).count();
            out.append(String.format(Locale.ROOT, "entry %d: %d statements (batch entries counted), %d round trips, %d commits%n",
                    i + 1, statements, roundTrips, commits));
        }
        out.append("\nIn order (last entry): thread | batch | caller | SQL\n");
        for (CountingDataSource.Recorded r : last) {
            out.append(String.format(Locale.ROOT, "%-14s %3s  %-70s %s%n", shortThread(r.thread()),
                    r.batched() > 0 ? "x" + r.batched() : "", r.caller(), oneLine(r.sql(), 200)));
        }
        out.append("\nBy shape (last entry): count | SQL shape | first caller\n");
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> callers = new LinkedHashMap<>();
        for (CountingDataSource.Recorded r : last) {
            String shape = LITERALS.matcher(oneLine(r.sql(), 400)).replaceAll("?");
            counts.computeIfAbsent(shape, k -> new int[1])[0] += Math.max(1, r.batched());
            callers.putIfAbsent(shape, r.caller());
        }
        counts.entrySet().stream().sorted((a, b) -> b.getValue()[0] - a.getValue()[0]).forEach(e ->
                out.append(String.format(Locale.ROOT, "%3d  %s%n       <- %s%n", e.getValue()[0], oneLine(e.getKey(), 160),
                        callers.get(e.getKey()))));
        out.append(bare);
        String text = out.toString();
        System.out.println(text);
        Path file = Path.of("target", "bench", "entry-sql.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assertThat(last).isNotEmpty();
    }

    /** The same for the bare process started over /engine-rest as admin (EntryThroughputBenchmark's "bare"). */
    private String bareProfile(CountingDataSource counted) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            sendBare();
        }
        counted.record();
        sendBare();
        Thread.sleep(1500);
        List<CountingDataSource.Recorded> sent = counted.stopRecording();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nSQL of one bare start (POST /engine-rest/process-definition/key/bare-entry/start as admin): "
                        + "%d statements, %d round trips, %d commits%n",
                sent.stream().filter(r -> !r.sql().equals("COMMIT")).mapToLong(r -> Math.max(1, r.batched())).sum(),
                sent.stream().filter(r -> !r.sql().equals("COMMIT")).count(),
                sent.stream().filter(r -> r.sql().equals("COMMIT")).count()));
        for (CountingDataSource.Recorded r : sent) {
            out.append(String.format(Locale.ROOT, "%-14s %3s  %-70s %s%n", shortThread(r.thread()),
                    r.batched() > 0 ? "x" + r.batched() : "", r.caller(), oneLine(r.sql(), 200)));
        }
        return out.toString();
    }

    private void sendBare() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + "/engine-rest/process-definition/key/bare-entry/start"))
                .header("Authorization", BenchEntries.basic("admin", "Lifeline-Admin-2026"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private void send(int serial) throws Exception {
        HttpRequest request = BenchEntries.request("http://localhost:" + port, serial, "GZ");
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static String shortThread(String name) {
        return name.length() > 14 ? name.substring(0, 14) : name;
    }

    private static String oneLine(String sql, int max) {
        String line = sql == null ? "?" : sql.replaceAll("\\s+", " ").trim();
        return line.length() > max ? line.substring(0, max) + "…" : line;
    }
}
