package com.lifeline.bench;

import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughput of POST /api/entries up to the supervisor's review task, next to a bare Camunda process
 * of the same shape (start, one expression service task, one user task) started over /engine-rest on
 * the same engine and database in the same run. Both paths pay HTTP + JSON + Basic auth against the
 * Camunda identity store.
 *
 * <p>Not a test: tagged {@code bench}, which surefire excludes by default. Run with
 * {@code mvn -o -pl engine-app test -Pbench [-Dbench.entries=300 -Dbench.threads=4 -Dbench.rounds=2
 * -Dbench.warmup=50]} or {@code bench/run-entry-benchmark.sh}. The table is printed and written to
 * {@code engine-app/target/bench/entry-throughput.txt}.
 */
@Tag("bench")
@LifelineIntegrationTest
class EntryThroughputBenchmark {

    private static final int ENTRIES = Integer.getInteger("bench.entries", 300);
    private static final int THREADS = Integer.getInteger("bench.threads", 4);
    /** Measured rounds per path, alternating bare, entry, bare, entry ... */
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 2);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 50);
    /** Region codes the entries cycle through; one region means every entry bumps the same number row. */
    private static final List<String> REGIONS = List.of(System.getProperty("bench.regions", "GZ").split(","));

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "Lifeline-Admin-2026";

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** Distinct data per request: the serial goes into names, phones, email and evidence. */
    private final AtomicInteger serial = new AtomicInteger();

    @Test
    void entriesPerSecondAgainstBareProcess() throws Exception {
        assertThat(2 * (WARMUP + ENTRIES * ROUNDS)).as("serials must fit the 4-digit phone part")
                .isLessThanOrEqualTo(9999);
        long alreadyDeployed = repository.createProcessDefinitionQuery().processDefinitionKey("bare-entry").count();
        assertThat(alreadyDeployed).as("bare-entry must not ship with the app").isZero();
        repository.createDeployment().name("bench-bare-entry")
                .addClasspathResource("bench/bare-entry.bpmn")
                .deploy();

        run(Route.BARE, WARMUP);
        run(Route.ENTRY, WARMUP);

        List<Result> results = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            results.add(run(Route.BARE, ENTRIES));
            results.add(run(Route.ENTRY, ENTRIES));
        }

        long reviewTasks = tasks.createTaskQuery().processDefinitionKey("customer-entry")
                .taskDefinitionKey("Task_SupervisorReview").count();
        long bareTasks = tasks.createTaskQuery().processDefinitionKey("bare-entry").count();
        assertThat(reviewTasks).as("every entry waits at the review").isEqualTo((long) WARMUP + (long) ENTRIES * ROUNDS);
        assertThat(bareTasks).as("every bare start waits at its user task")
                .isEqualTo((long) WARMUP + (long) ENTRIES * ROUNDS);

        String table = table(results);
        System.out.println(table);
        Path out = Path.of("target", "bench", "entry-throughput.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table, StandardCharsets.UTF_8);
    }

    private enum Route {
        BARE("bare-entry (engine-rest)"), ENTRY("POST /api/entries");

        final String label;

        Route(String label) {
            this.label = label;
        }
    }

    private record Result(Route path, int count, double seconds, long statements, long lockWaits, long lockWaitMs) {
        double rate() {
            return count / seconds;
        }
    }

    private Result run(Route path, int count) throws Exception {
        IntFunction<HttpRequest> request = path == Route.ENTRY ? this::entryRequest : n -> bareRequest();
        int expected = path == Route.ENTRY ? 201 : 200;
        // requests are built up front so only HTTP, auth, JSON binding and the engine are timed
        List<HttpRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(request.apply(serial.incrementAndGet()));
        }
        AtomicInteger next = new AtomicInteger();
        Map<String, Long> before = status();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        send(requests.get(i), expected);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Long> after = status();
        // the SHOW STATUS after the run counts itself as a statement
        return new Result(path, count, seconds, after.get("Questions") - before.get("Questions") - 1,
                after.get("Innodb_row_lock_waits") - before.get("Innodb_row_lock_waits"),
                after.get("Innodb_row_lock_time") - before.get("Innodb_row_lock_time"));
    }

    private void send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new AssertionError(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + " instead of " + expected + ": " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Server-wide counters: statements executed, InnoDB row lock waits and their total time (ms). */
    private Map<String, Long> status() {
        Map<String, Long> values = new LinkedHashMap<>();
        jdbc.query("SHOW GLOBAL STATUS WHERE Variable_name IN "
                        + "('Questions', 'Innodb_row_lock_waits', 'Innodb_row_lock_time')",
                rs -> {
                    values.put(rs.getString(1), rs.getLong(2));
                });
        return values;
    }

    private HttpRequest bareRequest() {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/engine-rest/process-definition/key/bare-entry/start"))
                .header("Authorization", BenchEntries.basic(ADMIN, ADMIN_PASSWORD))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
    }

    private HttpRequest entryRequest(int n) {
        return BenchEntries.request("http://localhost:" + port, n, REGIONS.get(n % REGIONS.size()));
    }

    private static String table(List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nEntry throughput benchmark: %d cores, %d threads, %d per round, "
                        + "%d rounds per path (alternating), %d warm-up each, regions %s%n",
                Runtime.getRuntime().availableProcessors(), THREADS, ENTRIES, ROUNDS, WARMUP, String.join(",", REGIONS)));
        String row = "%-32s %7s %7s %8s %10s %6s %9s %10s %12s%n";
        out.append(String.format(Locale.ROOT, row, "path", "entries", "threads", "seconds", "entries/s",
                "ratio", "SQL/entry", "lock waits", "lock wait ms"));
        double bareRate = rate(results, Route.BARE);
        int round = 0;
        for (Result r : results) {
            if (r.path() == Route.BARE) {
                round++;
            }
            out.append(String.format(Locale.ROOT, row, r.path().label + " #" + round, r.count(), THREADS,
                    String.format(Locale.ROOT, "%.2f", r.seconds()), String.format(Locale.ROOT, "%.1f", r.rate()),
                    "", String.format(Locale.ROOT, "%.1f", (double) r.statements() / r.count()),
                    r.lockWaits(), r.lockWaitMs()));
        }
        for (Route path : Route.values()) {
            int count = results.stream().filter(r -> r.path() == path).mapToInt(Result::count).sum();
            double seconds = results.stream().filter(r -> r.path() == path).mapToDouble(Result::seconds).sum();
            long statements = results.stream().filter(r -> r.path() == path).mapToLong(Result::statements).sum();
            long waits = results.stream().filter(r -> r.path() == path).mapToLong(Result::lockWaits).sum();
            long waitMs = results.stream().filter(r -> r.path() == path).mapToLong(Result::lockWaitMs).sum();
            out.append(String.format(Locale.ROOT, row, path.label + " total", count, THREADS,
                    String.format(Locale.ROOT, "%.2f", seconds), String.format(Locale.ROOT, "%.1f", count / seconds),
                    String.format(Locale.ROOT, "%.2f", (count / seconds) / bareRate),
                    String.format(Locale.ROOT, "%.1f", (double) statements / count), waits, waitMs));
        }
        out.append(String.format(Locale.ROOT, "ratio entry/bare = %.2f (target >= 0.80)%n",
                rate(results, Route.ENTRY) / bareRate));
        return out.toString();
    }

    private static double rate(List<Result> results, Route path) {
        int count = results.stream().filter(r -> r.path() == path).mapToInt(Result::count).sum();
        double seconds = results.stream().filter(r -> r.path() == path).mapToDouble(Result::seconds).sum();
        return count / seconds;
    }
}
