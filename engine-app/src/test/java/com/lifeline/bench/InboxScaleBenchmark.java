package com.lifeline.bench;

import com.lifeline.inbox.TasklistFilters;
import com.lifeline.support.LifelineIntegrationTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.engine.task.Task;
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
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist's inbox with authorizations on, at 1k and at 100k open tasks: for 我的待办, 我组的待办 and
 * 即将到期, the filter's count plus its first page (15 tasks), as Tasklist asks, over /engine-rest as
 * demo users. Target: p95 at 100k at most 2x the p95 at 1k.
 *
 * <p>Seeding: the engine creates two template tasks of a one-task process (one assigned, one offered to
 * a group), which gives the rows exactly as the engine writes them (task, candidate identity link, and
 * any grant row the engine writes per task: none since task access goes by relation, see
 * security.TaskAccessPlugin). Those rows are then cloned by JDBC batches, spread over
 * the demo users and groups, due dates from 5 days ago to 5 days ahead: the engine would take an hour to
 * write 100k tasks on this machine, the clones take seconds and are the same rows.
 *
 * <p>Not a test: tagged {@code bench}. Run with {@code bench/run-inbox-benchmark.sh}.
 */
@Tag("bench")
@LifelineIntegrationTest
@Import(CountedDataSourceConfiguration.class)
@TestPropertySource(properties = BenchProperties.WITHOUT_COVERAGE)
class InboxScaleBenchmark {

    private static final int[] SIZES = Arrays.stream(System.getProperty("bench.inbox.sizes", "1000,100000").split(","))
            .mapToInt(Integer::parseInt).toArray();
    private static final int REPEATS = Integer.getInteger("bench.inbox.repeats", 30);
    /** Only the query plans (ANALYZE: rows actually read), no timings: load-independent, fine on a busy machine. */
    private static final boolean PLANS_ONLY = Boolean.getBoolean("bench.inbox.plansOnly");
    private static final List<String> USERS = List.of("mgr1", "sup1", "sales1", "sales2", "mgr2", "service1",
            "steward1", "dataadmin1", "itops1", "committee1", "compliance1", "designer1");
    private static final List<String> GROUPS = List.of("sales", "service", "supervisors", "managers",
            "data-stewards", "data-admins", "it-ops", "committee", "compliance", "designers");
    /** Who asks: a sales clerk, a supervisor and a service agent. */
    private static final List<String> ASKING = List.of("sales1", "sup1", "service1");
    private static final List<String> FILTERS = List.of(TasklistFilters.MINE, TasklistFilters.MY_GROUPS,
            TasklistFilters.DUE_SOON);

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    FilterService filters;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    /** The task queries' SQL and EXPLAIN per size (engine-app/target/bench/inbox-plans.txt). */
    private final StringBuilder plans = new StringBuilder();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Map<String, Object> assignedTask;
    private Map<String, Object> offeredTask;
    private Map<String, Object> assigneeGrant;
    private Map<String, Object> groupGrant;
    private Map<String, Object> candidateLink;
    private int seeded;

    @Test
    void inboxFiltersAt1kAnd100kTasks() throws Exception {
        templates();
        Map<String, String> filterIds = new LinkedHashMap<>();
        for (String name : FILTERS) {
            filterIds.put(name, filters.createFilterQuery().filterName(name).singleResult().getId());
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nInbox at scale: %d cores, %d repeats per user and filter (count + first page of 15), users %s%n",
                Runtime.getRuntime().availableProcessors(), REPEATS, ASKING));
        String row = "%-10s %8s %12s %10s %10s %10s %12s%n";
        out.append(String.format(Locale.ROOT, row, "filter", "tasks", "auth rows", "p50 ms", "p95 ms", "max ms", "tasks seen"));
        Map<String, Double> firstP95 = new LinkedHashMap<>();
        for (int size : SIZES) {
            seedUpTo(size);
            long openTasks = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK", Long.class);
            long authRows = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION", Long.class);
            jdbc.execute("ANALYZE TABLE ACT_RU_TASK, ACT_RU_AUTHORIZATION, ACT_RU_IDENTITYLINK");
            explain(size, filterIds);
            if (PLANS_ONLY) {
                continue;
            }
            for (Map.Entry<String, String> filter : filterIds.entrySet()) {
                List<Long> nanos = new ArrayList<>();
                long seen = 0;
                // one round unmeasured: the first request of a user pays its login's caches
                for (int r = -1; r < REPEATS; r++) {
                    for (String user : ASKING) {
                        long start = System.nanoTime();
                        long count = count(user, filter.getValue());
                        firstPage(user, filter.getValue());
                        if (r >= 0) {
                            nanos.add(System.nanoTime() - start);
                            seen += count;
                        }
                    }
                }
                long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
                double p95 = percentile(sorted, 0.95) / 1e6;
                firstP95.putIfAbsent(filter.getKey(), p95);
                out.append(String.format(Locale.ROOT, row, filter.getKey(), openTasks, authRows,
                        fmt(percentile(sorted, 0.50) / 1e6), fmt(p95), fmt(sorted[sorted.length - 1] / 1e6),
                        seen / ((long) REPEATS * ASKING.size()) + "/user"));
                if (size != SIZES[0]) {
                    out.append(String.format(Locale.ROOT, "%-10s p95 at %d / p95 at %d = %.2f (target <= 2)%n",
                            filter.getKey(), size, SIZES[0], p95 / firstP95.get(filter.getKey())));
                }
            }
        }
        Files.writeString(Path.of("target", "bench", "inbox-plans.txt"), plans.toString(), StandardCharsets.UTF_8);
        String table = out.toString();
        System.out.println(table);
        Path file = Path.of("target", "bench", "inbox-scale.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, table, StandardCharsets.UTF_8);
    }

    /**
     * The SQL each filter's count and first page send (as sales1), and MariaDB's plan for it at this size,
     * run with ANALYZE (r_rows: rows actually read per table): what to look at when a filter's time grows
     * with the tasks. Rows read do not depend on the machine's load.
     */
    private void explain(int size, Map<String, String> filterIds) {
        CountingDataSource counted = (CountingDataSource) dataSource;
        for (Map.Entry<String, String> filter : filterIds.entrySet()) {
            counted.record();
            count("sales1", filter.getValue());
            firstPage("sales1", filter.getValue());
            List<CountingDataSource.Recorded> sent = counted.stopRecording();
            for (CountingDataSource.Recorded r : sent) {
                if (!r.thread().startsWith("http-nio") || r.sql() == null || !r.sql().contains("ACT_RU_TASK")) {
                    continue;
                }
                String sql = r.inlined().replaceAll("\\s+", " ").trim();
                plans.append(String.format(Locale.ROOT, "%n== %s at %d tasks%n%s%n", filter.getKey(), size, sql));
                analyze(sql, null);
                // the plan without join buffering (EXPLAIN only: it is not run): would the authorization join
                // then look grants up by ACT_IDX_AUTH_RESOURCE_ID instead of scanning them?
                analyze(sql, "join_cache_level=0");
            }
        }
    }

    /** ANALYZE on one connection; with a session setting (for that statement only) EXPLAIN, which does not run it. */
    private void analyze(String sql, String setting) {
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
            try (java.sql.Statement statement = connection.createStatement()) {
                if (setting != null) {
                    plans.append("-- with SET SESSION ").append(setting).append('\n');
                    statement.execute("SET SESSION " + setting);
                }
                try (java.sql.ResultSet rs = statement.executeQuery((setting == null ? "ANALYZE " : "EXPLAIN ") + sql)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int c = 1; c <= columns; c++) {
                            line.append(rs.getMetaData().getColumnLabel(c)).append('=').append(rs.getString(c)).append("  ");
                        }
                        plans.append(line.toString().trim()).append('\n');
                    }
                } finally {
                    if (setting != null) {
                        statement.execute("SET SESSION " + setting.substring(0, setting.indexOf('=')) + " = DEFAULT");
                    }
                }
            }
            return null;
        });
    }

    /** One assigned and one group-offered task written by the engine: the rows every clone copies. */
    private void templates() {
        repository.createDeployment().name("bench-inbox")
                .addModelInstance("bench-inbox.bpmn", Bpmn.createExecutableProcess("bench-inbox")
                        .camundaHistoryTimeToLive(1)
                        .startEvent().userTask("Task_BenchInbox").name("基准待办").endEvent().done())
                .deploy();
        Task assigned = templateTask();
        tasks.setAssignee(assigned.getId(), "sales1");
        Task offered = templateTask();
        tasks.addCandidateGroup(offered.getId(), "sales");
        assignedTask = row("SELECT * FROM ACT_RU_TASK WHERE ID_ = ?", assigned.getId());
        offeredTask = row("SELECT * FROM ACT_RU_TASK WHERE ID_ = ?", offered.getId());
        assigneeGrant = grantRow("SELECT * FROM ACT_RU_AUTHORIZATION WHERE RESOURCE_ID_ = ? AND USER_ID_ = 'sales1'", assigned.getId());
        groupGrant = grantRow("SELECT * FROM ACT_RU_AUTHORIZATION WHERE RESOURCE_ID_ = ? AND GROUP_ID_ = 'sales'", offered.getId());
        candidateLink = row("SELECT * FROM ACT_RU_IDENTITYLINK WHERE TASK_ID_ = ? AND GROUP_ID_ = 'sales'", offered.getId());
        seeded = 2;
    }

    private Task templateTask() {
        String instance = runtime.startProcessInstanceByKey("bench-inbox").getId();
        return tasks.createTaskQuery().processInstanceId(instance).singleResult();
    }

    /** The grant row the engine wrote for a template task, or null when it writes none. */
    private Map<String, Object> grantRow(String sql, String id) {
        return jdbc.queryForList(sql, id).stream().findFirst().orElse(null);
    }

    private Map<String, Object> row(String sql, String id) {
        return jdbc.queryForMap(sql, id);
    }

    private void seedUpTo(int size) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        int batch = 2000;
        while (seeded < size) {
            List<Map<String, Object>> taskRows = new ArrayList<>();
            List<Map<String, Object>> grantRows = new ArrayList<>();
            List<Map<String, Object>> linkRows = new ArrayList<>();
            for (int i = 0; i < batch && seeded < size; i++, seeded++) {
                String id = "bench-inbox-" + seeded;
                Timestamp due = Timestamp.from(now.plus((seeded % 240) - 120, ChronoUnit.HOURS));
                boolean assign = seeded % 2 == 0;
                Map<String, Object> task = new LinkedHashMap<>(assign ? assignedTask : offeredTask);
                task.put("ID_", id);
                task.put("DUE_DATE_", due);
                Map<String, Object> template = assign ? assigneeGrant : groupGrant;
                Map<String, Object> grant = template == null ? new LinkedHashMap<>() : new LinkedHashMap<>(template);
                grant.put("ID_", id + "-auth");
                grant.put("RESOURCE_ID_", id);
                if (assign) {
                    String user = USERS.get((seeded / 2) % USERS.size());
                    task.put("ASSIGNEE_", user);
                    grant.put("USER_ID_", user);
                } else {
                    String group = GROUPS.get((seeded / 2) % GROUPS.size());
                    grant.put("GROUP_ID_", group);
                    Map<String, Object> link = new LinkedHashMap<>(candidateLink);
                    link.put("ID_", id + "-link");
                    link.put("TASK_ID_", id);
                    link.put("GROUP_ID_", group);
                    linkRows.add(link);
                }
                taskRows.add(task);
                if (template != null) {
                    grantRows.add(grant);
                }
            }
            insert("ACT_RU_TASK", taskRows);
            insert("ACT_RU_AUTHORIZATION", grantRows);
            insert("ACT_RU_IDENTITYLINK", linkRows);
        }
    }

    private void insert(String table, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>(rows.get(0).keySet());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        // typed, so that a null is set without asking the driver for parameter metadata per value
        int[] types = columns.stream().mapToInt(c -> sqlType(rows, c)).toArray();
        jdbc.batchUpdate(sql, rows.stream().map(r -> columns.stream().map(r::get).toArray()).toList(), types);
    }

    private static int sqlType(List<Map<String, Object>> rows, String column) {
        Object value = rows.stream().map(r -> r.get(column)).filter(java.util.Objects::nonNull).findFirst().orElse("");
        return value instanceof Number ? Types.BIGINT : value instanceof java.util.Date ? Types.TIMESTAMP
                : value instanceof byte[] ? Types.VARBINARY : value instanceof Boolean ? Types.BOOLEAN : Types.VARCHAR;
    }

    private long count(String user, String filterId) {
        String body = send(user, "/engine-rest/filter/" + filterId + "/count", "{}");
        return Long.parseLong(body.replaceAll("\\D", ""));
    }

    private void firstPage(String user, String filterId) {
        send(user, "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15", "{}");
    }

    private String send(String user, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", BenchEntries.basic(user, BenchEntries.ENTRANT_PASSWORD))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
