package com.lifeline.support;

import com.lifeline.LifelineApplication;
import com.zaxxer.hikari.HikariDataSource;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lifeline nodes a test starts and closes itself (not Spring's cached test contexts), such as a second
 * node on the database of a first one, as in a cluster. Close them with {@link #close}: the first node
 * of an embedded database runs its server, so it closes last.
 * <p>
 * Nodes in one JVM share some globals, so each node started here gets names of its own: its process
 * engine's (Camunda's container keeps engines by name; letters and digits only) and Quartz's scheduler name {@value #SCHEDULER}
 * (Quartz keeps one data source per scheduler name JVM-wide: a node using the shared test context's
 * name would take over that context's data source). Nodes started here therefore form one Quartz
 * cluster among themselves, never with the shared {@link LifelineIntegrationTest} context. The webapps
 * and {@code /engine-rest} of a node not named "default" still look up the engine named "default".
 */
public final class ClusterNodes {

    public static final String SCHEDULER = "lifeline-test-cluster";

    private ClusterNodes() {
    }

    /** A node with its own throw-away embedded MariaDB, the test profile and the test mail server. */
    public static ConfigurableApplicationContext startWithOwnDatabase(String engineName, Map<String, String> properties) {
        return start(engineName, Map.of(), properties);
    }

    /**
     * A node on the database of {@code first}: its JDBC URL, user and password (from its pool, so a
     * password the embedded server gets is used too) and its key files, unless {@code properties} say otherwise.
     */
    public static ConfigurableApplicationContext startOnDatabaseOf(ApplicationContext first, String engineName,
                                                                   Map<String, String> properties) {
        HikariDataSource pool = (HikariDataSource) first.getBean(DataSource.class);
        String url = pool.getJdbcUrl();
        Environment env = first.getEnvironment();
        Map<String, String> database = new LinkedHashMap<>();
        // the app appends its required options itself
        database.put("lifeline.db.url", url.contains("?") ? url.substring(0, url.indexOf('?')) : url);
        database.put("lifeline.db.username", pool.getUsername());
        database.put("lifeline.db.password", pool.getPassword() == null ? "" : pool.getPassword());
        for (String key : new String[]{"master-key-file", "index-key-file", "erasure-key-file", "link-secret", "link-secret-file"}) {
            database.put("lifeline.keys." + key, env.getProperty("lifeline.keys." + key, ""));
        }
        return start(engineName, database, properties);
    }

    /**
     * Closes nodes started here, given in the order they were started. Their Quartz schedulers stop
     * first: Quartz keeps one data source per scheduler name JVM-wide, so all of them use the pool of
     * the node started last, which must not close under the others.
     */
    public static void close(ConfigurableApplicationContext... nodesInStartOrder) {
        for (ConfigurableApplicationContext node : nodesInStartOrder) {
            if (node != null && node.isActive()) {
                try {
                    node.getBean(Scheduler.class).shutdown(true);
                } catch (SchedulerException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        for (int i = nodesInStartOrder.length - 1; i >= 0; i--) {
            if (nodesInStartOrder[i] != null) {
                nodesInStartOrder[i].close();
            }
        }
    }

    private static ConfigurableApplicationContext start(String engineName, Map<String, String> base, Map<String, String> overrides) {
        if (!engineName.matches("[A-Za-z0-9]+") || engineName.equals("default")) {
            // Camunda ignores a name with a hyphen and falls back to "default", which is taken
            throw new IllegalArgumentException("engine name must be letters and digits, not \"default\": " + engineName);
        }
        Map<String, String> all = new LinkedHashMap<>();
        all.put("camunda.bpm.process-engine-name", engineName);
        all.put("camunda.bpm.generate-unique-process-application-name", "true");
        all.put("spring.quartz.scheduler-name", SCHEDULER);
        // process-test coverage counts only in Spring's test contexts; its listener fails elsewhere
        all.put("spring.autoconfigure.exclude", "org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration");
        all.put("server.port", "0");
        all.put("spring.mail.host", "127.0.0.1");
        all.put("spring.mail.port", String.valueOf(TestMailServer.get().getSmtp().getPort()));
        all.putAll(base);
        all.putAll(overrides);
        // command-line arguments: they win over application-test.yml (builder properties would not)
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(LifelineApplication.class).profiles("test").run(args);
    }
}
