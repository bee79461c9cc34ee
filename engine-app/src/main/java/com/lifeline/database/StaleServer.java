package com.lifeline.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@code mariadbd} left running on our data folder by an app that died without stopping it
 * ({@code kill -9}, power cut of the JVM only): it holds the InnoDB files, so a new server could
 * not start ("Unable to lock ./ibdata1"). Call only while holding the {@link DataFolderLock}: then
 * no live app owns that server.
 */
final class StaleServer {

    private static final Logger log = LoggerFactory.getLogger(StaleServer.class);
    private static final long CLEAN_STOP_SECONDS = 120;
    private static final long KILL_SECONDS = 30;

    private StaleServer() {
    }

    /** Stops every live mariadbd that a pid file in {@code dataDir} names and that serves {@code dataDir}. */
    static void stopIfRunning(Path dataDir) {
        for (ProcessHandle server : serversOf(dataDir)) {
            log.warn("Stopping the embedded MariaDB (pid {}) left running on {} by an app that ended without stopping it",
                    server.pid(), dataDir);
            stop(server, dataDir);
        }
    }

    static List<ProcessHandle> serversOf(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            return List.of();
        }
        // mariadbd names its pid file after the host name, which may have changed since
        try (DirectoryStream<Path> pidFiles = Files.newDirectoryStream(dataDir, "*.pid")) {
            String dataDirArgument = "--datadir=" + dataDir.toRealPath();
            List<ProcessHandle> servers = new ArrayList<>();
            for (Path pidFile : pidFiles) {
                pid(pidFile).flatMap(ProcessHandle::of)
                        .filter(process -> isMariaDbServing(process, dataDirArgument))
                        .ifPresent(servers::add);
            }
            return servers;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pid files in " + dataDir, e);
        }
    }

    private static Optional<Long> pid(Path pidFile) throws IOException {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).strip()));
        } catch (NumberFormatException | NoSuchFileException e) {
            return Optional.empty(); // garbled, or removed by a server that just stopped
        }
    }

    /** The pid may have been reused since: only a mariadbd started on this folder counts. */
    private static boolean isMariaDbServing(ProcessHandle process, String dataDirArgument) {
        ProcessHandle.Info info = process.info();
        boolean isMariaDb = info.command().map(command -> Path.of(command).getFileName().toString().equals("mariadbd"))
                .orElse(false);
        return process.isAlive() && isMariaDb
                && info.arguments().map(arguments -> List.of(arguments).contains(dataDirArgument)).orElse(true);
    }

    /** SIGTERM lets InnoDB shut down cleanly; SIGKILL only if it does not within two minutes. */
    private static void stop(ProcessHandle server, Path dataDir) {
        try {
            if (server.destroy()) {
                try {
                    server.onExit().get(CLEAN_STOP_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    server.destroyForcibly();
                    server.onExit().get(KILL_SECONDS, TimeUnit.SECONDS);
                }
            }
        } catch (TimeoutException | ExecutionException e) {
            // still alive: reported below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (server.isAlive()) {
            throw new DataFolderUnavailableException("The MariaDB server with pid " + server.pid() + " still holds the data folder "
                    + dataDir + " and could not be stopped.", "Stop that process, then start the app again.");
        }
    }
}
