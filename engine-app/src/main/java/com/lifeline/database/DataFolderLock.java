package com.lifeline.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS lock on a file beside the embedded data folder, held for the app's lifetime: the embedded
 * database serves one app only. The OS drops it when the JVM dies, even by {@code kill -9}, so a
 * crashed app never blocks the next start.
 */
final class DataFolderLock implements AutoCloseable {

    private final FileChannel channel;

    private DataFolderLock(FileChannel channel) {
        this.channel = channel;
    }

    static DataFolderLock acquire(Path lockFile, Path dataDir) {
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by another app in this JVM
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("The data folder " + dataDir + " is in use by another running Lifeline app,"
                        + " and the embedded database serves one app only: stop that app first, give this one its own"
                        + " LIFELINE_DATA_DIR, or run several apps on one shared database (LIFELINE_DB_URL).");
            }
            return new DataFolderLock(channel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + lockFile, e);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close(); // releases the lock
    }
}
