package com.lifeline.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * Crypto-shredding that reaches backups. A customer's data key is stored wrapped twice: by the master
 * key and by the customer's own erasure key, which lives only in the key folder's {@code erasure-keys.txt}
 * (an {@link ErasureKeyTree}), never in the database. Erasing a customer destroys that key in the file,
 * so the wrapped data key in any database dump or backup taken before can no longer be opened, while
 * every other customer's key stays the same: old backups still restore everyone else.
 */
@Component
public class ErasureKeys {

    private static final Logger log = LoggerFactory.getLogger(ErasureKeys.class);
    private static final byte[] CHECK_INPUT = "lifeline cluster key check".getBytes(StandardCharsets.UTF_8);

    private final Path file;
    private ErasureKeyTree tree;
    private String fileText;
    private FileTime readAt;

    ErasureKeys(KeyMaterial keys, @Value("${lifeline.keys.erasure-key-file}") Path file) {
        this.file = file;
        if (!Files.exists(file)) {
            keys.requireGenerationAllowed(file);
            KeyFiles.createNew(file, ErasureKeyTree.generate().format());
            keys.logGenerated(file);
        }
        reloadIfChanged();
    }

    Path file() {
        return file;
    }

    /** Wraps a (master-wrapped) data key with the customer's erasure key. */
    byte[] seal(long customerId, byte[] wrapped) {
        try {
            return aeadOf(customerId).encrypt(wrapped, context(customerId));
        } catch (GeneralSecurityException e) {
            throw new CryptoException("could not wrap a data key with its erasure key", e);
        }
    }

    /** Opens a data key as {@code customer_key} stores it (also one restored from a backup) to its master-wrapped form. */
    public byte[] open(long customerId, byte[] stored) {
        try {
            return aeadOf(customerId).decrypt(stored, context(customerId));
        } catch (GeneralSecurityException e) {
            throw new CryptoException("could not open a data key with its erasure key", e);
        }
    }

    /**
     * Destroys these customers' erasure keys, in the file too; ids destroyed already are skipped.
     * Every writer re-reads the file under a lock first, so a file shared by several nodes keeps all of
     * their destructions. @return how many were destroyed now
     */
    public synchronized int destroy(Collection<Long> customerIds) {
        try (FileChannel channel = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            reloadIfChanged();
            int destroyed = 0;
            for (long id : customerIds) {
                destroyed += tree.destroy(id) ? 1 : 0;
            }
            if (destroyed > 0) {
                fileText = tree.format();
                KeyFiles.replace(file, fileText);
                readAt = modified();
                log.info("Destroyed {} customers' erasure keys in {}", destroyed, file);
            }
            return destroyed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file, e);
        }
    }

    /** After the erasure's transaction commits (a rolled-back erasure keeps the key); at once without one. */
    public void destroyAfterCommit(long customerId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            destroy(List.of(customerId));
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                destroy(List.of(customerId));
            }
        });
    }

    public synchronized boolean isDestroyed(long customerId) {
        reloadIfChanged();
        return tree.keyOf(customerId).isEmpty();
    }

    /** Derived from a key no customer has: nodes with another tree refuse to start ({@link ClusterKeyCheck}). */
    synchronized String checkValue() throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(tree.keyOf(ErasureKeyTree.MAX_ID).orElseThrow(), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(CHECK_INPUT));
    }

    private synchronized Aead aeadOf(long customerId) throws GeneralSecurityException {
        reloadIfChanged();
        byte[] key = tree.keyOf(customerId).orElseThrow(() -> new KeyDestroyedException(customerId));
        return new AesGcmJce(key);
    }

    /** Another node sharing the file may have destroyed keys: destructions only ever add up. */
    private void reloadIfChanged() {
        FileTime modified = modified();
        if (modified.equals(readAt)) {
            return;
        }
        String text = KeyFiles.readText(file);
        readAt = modified;
        if (!text.equals(fileText)) {
            fileText = text;
            tree = ErasureKeyTree.parse(text);
        }
    }

    private FileTime modified() {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read key file " + file, e);
        }
    }

    private static byte[] context(long customerId) {
        return ("lifeline customer data key " + customerId).getBytes(StandardCharsets.UTF_8);
    }
}
