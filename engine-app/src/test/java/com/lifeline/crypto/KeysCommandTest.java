package com.lifeline.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code keys init --out DIR}: the one-time command that creates a cluster's keys. */
class KeysCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return KeysCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void createsThreeOwnerOnlyKeyFilesThatANodeOnAnExternalDatabaseStartsWith() throws Exception {
        Path dir = temp.resolve("cluster-keys");

        assertThat(run("keys", "init", "--out", dir.toString())).isZero();

        for (String name : new String[]{"master-keyset.json", "index-keyset.json", "link-secret"}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(name)))).as(name).isEqualTo("rw-------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("LIFELINE_KEYS_DIR");
        KeyMaterial keys = new KeyMaterial(new KeyProperties(dir.resolve("master-keyset.json"), dir.resolve("index-keyset.json"),
                "", dir.resolve("link-secret"), false), true);
        assertThat(keys.masterKeyCount()).isEqualTo(1);
        assertThat(keys.linkSecret()).hasSize(32);
        byte[] sealed = keys.master().encrypt("x".getBytes(StandardCharsets.UTF_8), new byte[0]);
        assertThat(keys.master().decrypt(sealed, new byte[0])).isEqualTo("x".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void neverReplacesExistingKeys() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("existing"));
        Files.writeString(dir.resolve("link-secret"), "kept");

        assertThat(run("keys", "init", "--out=" + dir)).isEqualTo(KeysCommand.REFUSED);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("link-secret exists already");
        assertThat(Files.readString(dir.resolve("link-secret"))).isEqualTo("kept");
        assertThat(dir.resolve("master-keyset.json")).doesNotExist();
    }

    @Test
    void explainsItsUsage() {
        assertThat(run("keys", "make")).isEqualTo(KeysCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("keys init --out DIR");
    }

    @Test
    void aNodeOnAnExternalDatabaseWithoutKeysRefusesAndSaysHowToCreateThem() {
        Path dir = temp.resolve("none");

        assertThatThrownBy(() -> new KeyMaterial(new KeyProperties(dir.resolve("master-keyset.json"), dir.resolve("index-keyset.json"),
                "", dir.resolve("link-secret"), false), true))
                .isInstanceOf(KeySetupException.class)
                .hasMessageContaining("master-keyset.json is missing")
                .hasMessageContaining("keys init --out DIR")
                .hasMessageContaining("LIFELINE_KEYS_DIR");
        assertThat(dir).doesNotExist();
    }
}
