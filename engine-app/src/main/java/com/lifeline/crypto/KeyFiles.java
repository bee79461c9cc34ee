package com.lifeline.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/** Reading and writing key files: readable by their owner only, never overwritten by accident. */
final class KeyFiles {

    static final String MASTER = "master-keyset.json";
    static final String INDEX = "index-keyset.json";
    static final String LINK_SECRET = "link-secret";
    static final String ERASURE = "erasure-keys.txt";

    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_FILE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_DIR =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private KeyFiles() {
    }

    static KeysetHandle readKeyset(Path file) throws GeneralSecurityException {
        return parseKeyset(readText(file));
    }

    static KeysetHandle parseKeyset(String json) throws GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
    }

    static String json(KeysetHandle keyset) throws GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
    }

    static byte[] readLinkSecret(Path file) {
        return Base64.getUrlDecoder().decode(readText(file).strip());
    }

    static String newLinkSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Creates {@code file}; fails if it exists, so a second writer never replaces the first one's keys. */
    static void createNew(Path file, String content) {
        try {
            createParent(file);
            Files.createFile(file, OWNER_ONLY_FILE);
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create key file " + file, e);
        }
    }

    /** Replaces {@code file} in one step: a reader sees the old or the new keys, never half a file. */
    static void replace(Path file, String content) {
        try {
            createParent(file);
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "keyset", ".tmp", OWNER_ONLY_FILE);
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write key file " + file, e);
        }
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            Files.createDirectories(parent, OWNER_ONLY_DIR);
        }
    }

    static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read key file " + file, e);
        }
    }
}
