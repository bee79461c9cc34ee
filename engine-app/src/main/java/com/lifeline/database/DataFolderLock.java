package com.lifeline.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OS lock on a file beside the embedded data folder, held for the app's lifetime: the embedded
 * database serves one app only. The OS drops it when the JVM dies, even by {@code kill -9}, so a
 * crashed app never blocks the next start.
 */
final class DataFolderLock implements AutoCloseable {

    /**
     * Lock files this JVM holds. A second channel on a held file must never be opened: closing it
     * would drop this JVM's OS lock on that file (POSIX locks belong to the process).
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path lockFile;
    private final FileChannel channel;

    private DataFolderLock(Path lockFile, FileChannel channel) {
        this.lockFile = lockFile;
        this.channel = channel;
    }

    static DataFolderLock acquire(Path lockFile, Path dataDir) {
        if (!HELD.add(lockFile)) {
            throw inUse(dataDir);
        }
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw inUse(dataDir);
            }
            return new DataFolderLock(lockFile, channel);
        } catch (IOException e) {
            HELD.remove(lockFile);
            throw new UncheckedIOException("cannot lock " + lockFile, e);
        } catch (RuntimeException e) {
            HELD.remove(lockFile);
            throw e;
        }
    }

    private static DataFolderUnavailableException inUse(Path dataDir) {
        return new DataFolderUnavailableException("The data folder " + dataDir + " is in use by another running Lifeline app,"
                + " and the embedded database serves one app only.", "Stop that app first, give this one its own"
                + " LIFELINE_DATA_DIR, or run several apps on one shared database (LIFELINE_DB_URL).");
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close(); // releases the lock
        } finally {
            HELD.remove(lockFile);
        }
    }
}
