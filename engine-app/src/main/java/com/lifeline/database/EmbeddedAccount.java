package com.lifeline.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * The app's own account on the embedded server: user {@code lifeline}, from 127.0.0.1 only, with
 * rights on the app's database only. A new random password at every start, written to an
 * owner-only file beside the data folder (for a DBA: {@code mariadb -h 127.0.0.1 -P <port> -u lifeline -p}).
 *
 * <p>The server applies the account through {@code --init-file}, which runs with full rights before
 * the first connection is accepted, so grant tables stay on all the time, also when a data folder
 * from an older version (which ran without them) is opened the first time. That file also removes
 * what the installer leaves open: anonymous users and the {@code PUBLIC} grants on {@code test}.
 * MariaDB stops reading an init file at its first failing statement without saying so; setting the
 * new password last means a successful login proves every statement ran.
 */
final class EmbeddedAccount {

    static final String USER = "lifeline";
    private static final String HOST = "127.0.0.1";
    private static final FileAttribute<?>[] OWNER_ONLY = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
            : new FileAttribute<?>[0];

    private final String password;

    private EmbeddedAccount(String password) {
        this.password = password;
    }

    /** A new password, already saved to {@code passwordFile}. */
    static EmbeddedAccount generate(Path passwordFile) {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        EmbeddedAccount account = new EmbeddedAccount(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        writeOwnerOnly(passwordFile, account.password);
        return account;
    }

    String password() {
        return password;
    }

    /** Writes the init file for {@code databaseName}; it holds the password, so delete it once the server is up. */
    void writeInitFile(Path initFile, String databaseName) {
        String account = "'" + USER + "'@'" + HOST + "'";
        // one statement per line: the server reads init files line by line
        List<String> statements = List.of(
                "CREATE DATABASE IF NOT EXISTS `" + databaseName + "`;",
                "CREATE USER IF NOT EXISTS " + account + " ACCOUNT LOCK;",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "DELETE FROM mysql.db WHERE User IN ('', 'PUBLIC');",
                "DELETE FROM mysql.proxies_priv WHERE Host <> 'localhost';",
                "FLUSH PRIVILEGES;",
                "GRANT ALL PRIVILEGES ON `" + databaseName + "`.* TO " + account + ";",
                "ALTER USER " + account + " IDENTIFIED BY '" + password + "' ACCOUNT UNLOCK;");
        writeOwnerOnly(initFile, String.join("\n", statements) + "\n");
    }

    /** Created afresh, so the permissions hold from the first byte (a umask only takes rights away). */
    private static void writeOwnerOnly(Path file, String content) {
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, OWNER_ONLY);
            Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
