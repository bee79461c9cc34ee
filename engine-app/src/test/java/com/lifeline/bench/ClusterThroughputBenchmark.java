package com.lifeline.bench;

import com.lifeline.support.ClusterNodes;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entries per second through a round-robin load balancer ({@link RoundRobinProxy}) over one node and
 * over two nodes on the same database, alternating in the same run, with the CPU each node's request
 * threads used. Both nodes run in this JVM and the database on this machine, so on a small machine it
 * shows that two nodes work together correctly (every entry saved once, numbers unique) more than it
 * shows speed.
 *
 * <p>Not a test: tagged {@code bench}. Run with {@code bench/run-cluster-benchmark.sh}; the table is
 * printed and written to {@code engine-app/target/bench/cluster-throughput.txt}.
 */
@Tag("bench")
class ClusterThroughputBenchmark {

    private static final int ENTRIES = Integer.getInteger("bench.entries", 200);
    private static final int THREADS = Integer.getInteger("bench.threads", 4);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 2);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 30);
    /** All regions by default: the customer-number row of one region would serialise entries on any number of nodes. */
    private static final List<String> REGIONS = List.of(System.getProperty("bench.regions", "SH,BJ,GZ,SZ,HZ,CD,WH,NJ").split(","));

    private final AtomicInteger serial = new AtomicInteger();

    @Test
    void entriesPerSecondOverOneAndOverTwoNodes() throws Exception {
        assertThat(WARMUP + 2 * ENTRIES * ROUNDS).as("serials must fit the 4-digit phone part").isLessThanOrEqualTo(9999);
        int portA = freePort();
        int portB = freePort();
        Map<String, String> node = Map.of("camunda.bpm.webapp.enabled", "false");
        ConfigurableApplicationContext nodeA = null;
        ConfigurableApplicationContext nodeB = null;
        try {
            nodeA = ClusterNodes.startWithOwnDatabase("benchA", with(node, "server.port", portA));
            nodeB = ClusterNodes.startOnDatabaseOf(nodeA, "benchB", with(node, "server.port", portB));

            run(List.of(portA, portB), WARMUP, portA, portB);
            List<Result> results = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                results.add(run(List.of(portA), ENTRIES, portA, portB));
                results.add(run(List.of(portA, portB), ENTRIES, portA, portB));
            }

            int total = WARMUP + 2 * ENTRIES * ROUNDS;
            JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
            assertThat(nodeA.getBean(TaskService.class).createTaskQuery().processDefinitionKey("customer-entry")
                    .taskDefinitionKey("Task_SupervisorReview").count()).as("every entry waits at its review, once").isEqualTo(total);
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT customer_number) FROM customer", Integer.class))
                    .as("every entry has a number of its own").isEqualTo(total);

            String table = table(results, portA, portB);
            System.out.println(table);
            Path out = Path.of("target", "bench", "cluster-throughput.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, table, StandardCharsets.UTF_8);
        } finally {
            ClusterNodes.close(nodeA, nodeB);
        }
    }

    private record Result(int nodes, int count, double seconds, double cpuA, double cpuB, double cpuJvm, double cpuDb,
                          Map<Integer, Long> connections) {
        double rate() {
            return count / seconds;
        }
    }

    private Result run(List<Integer> backends, int count, int portA, int portB) throws Exception {
        List<HttpRequest> requests = new ArrayList<>(count);
        try (RoundRobinProxy proxy = new RoundRobinProxy(backends)) {
            for (int i = 0; i < count; i++) {
                int n = serial.incrementAndGet();
                requests.add(BenchEntries.request("http://127.0.0.1:" + proxy.port(), n, REGIONS.get(n % REGIONS.size())));
            }
            // a fresh client: its connections are spread over the nodes anew
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
            Cpu before = Cpu.now(portA, portB);
            long start = System.nanoTime();
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    workers.add(pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                            HttpResponse<String> response = http.send(requests.get(i), HttpResponse.BodyHandlers.ofString());
                            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
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
            Cpu after = Cpu.now(portA, portB);
            return new Result(backends.size(), count, seconds, after.nodeA(before), after.nodeB(before),
                    (after.jvm - before.jvm) / 1e9, (after.db - before.db) / 1e9, proxy.connectionsPerBackend());
        }
    }

    /** CPU nanoseconds so far: per request thread of each node (Tomcat names them after the port), the JVM, the database server. */
    private record Cpu(Map<Long, Long> threadsA, Map<Long, Long> threadsB, long jvm, long db) {

        static Cpu now(int portA, int portB) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            Map<Long, Long> a = new HashMap<>();
            Map<Long, Long> b = new HashMap<>();
            for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info == null) {
                    continue;
                }
                if (info.getThreadName().startsWith("http-nio-" + portA + "-")) {
                    a.put(info.getThreadId(), threads.getThreadCpuTime(info.getThreadId()));
                } else if (info.getThreadName().startsWith("http-nio-" + portB + "-")) {
                    b.put(info.getThreadId(), threads.getThreadCpuTime(info.getThreadId()));
                }
            }
            long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
            long db = ProcessHandle.current().descendants()
                    .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false))
                    .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
            return new Cpu(a, b, jvm, db);
        }

        double nodeA(Cpu before) {
            return delta(threadsA, before.threadsA);
        }

        double nodeB(Cpu before) {
            return delta(threadsB, before.threadsB);
        }

        private static double delta(Map<Long, Long> after, Map<Long, Long> before) {
            return after.entrySet().stream().mapToLong(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L)).sum() / 1e9;
        }
    }

    private static String table(List<Result> results, int portA, int portB) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nCluster throughput: %d cores, load average %s, %d client threads, %d entries per round, "
                        + "regions %s; CPU in seconds%n", Runtime.getRuntime().availableProcessors(), loadAverage(), THREADS, ENTRIES,
                String.join(",", REGIONS)));
        String row = "%-22s %7s %8s %10s %11s %11s %8s %7s %13s%n";
        out.append(String.format(Locale.ROOT, row, "behind the balancer", "entries", "seconds", "entries/s", "CPU node A",
                "CPU node B", "CPU JVM", "CPU DB", "connections"));
        for (int nodes = 1; nodes <= 2; nodes++) {
            int round = 0;
            int count = 0;
            double seconds = 0;
            for (Result r : results) {
                if (r.nodes() != nodes) {
                    continue;
                }
                round++;
                count += r.count();
                seconds += r.seconds();
                out.append(String.format(Locale.ROOT, row, (nodes == 1 ? "node A" : "nodes A + B") + " #" + round, r.count(),
                        f(r.seconds()), String.format(Locale.ROOT, "%.1f", r.rate()), f(r.cpuA()), f(r.cpuB()), f(r.cpuJvm()),
                        f(r.cpuDb()), "A " + r.connections().getOrDefault(portA, 0L) + " B " + r.connections().getOrDefault(portB, 0L)));
            }
            out.append(String.format(Locale.ROOT, row, (nodes == 1 ? "node A" : "nodes A + B") + " total", count, f(seconds),
                    String.format(Locale.ROOT, "%.1f", count / seconds), "", "", "", "", ""));
        }
        return out.toString();
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static Map<String, String> with(Map<String, String> base, String key, int value) {
        Map<String, String> all = new HashMap<>(base);
        all.put(key, String.valueOf(value));
        return all;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
