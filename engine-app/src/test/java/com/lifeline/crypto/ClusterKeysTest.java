package com.lifeline.crypto;

import com.lifeline.support.ClusterNodes;
import com.lifeline.support.LifelineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Nodes sharing a database must share its keys: each check here is a node's start-up check against
 * the shared test context's database, with keys that differ in one way.
 */
@LifelineIntegrationTest
class ClusterKeysTest {

    @Autowired
    KeyProperties clusterKeys;
    @Autowired
    KeyMaterial keys;
    @Autowired
    ClusterKeyMapper mapper;
    @Autowired
    CustomerKeyMapper customerKeys;
    @Autowired
    CustomerCrypto crypto;
    @Autowired
    ErasureKeys erasureKeys;
    @Autowired
    MasterKeyRotation rotation;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;

    @TempDir
    Path temp;

    @Test
    void theFirstStartRecordedACheckValuePerKeyAndNoKey() throws Exception {
        assertThat(jdbc.queryForList("SELECT name FROM cluster_key_check ORDER BY name", String.class))
                .containsExactly("erasure", "index", "link", "master");
        String recorded = String.join(" ", jdbc.queryForList("SELECT check_value FROM cluster_key_check", String.class));
        String masterFile = Files.readString(clusterKeys.masterKeyFile());
        String keyValue = masterFile.substring(masterFile.indexOf("\"value\":\"") + 9, masterFile.indexOf("\"value\":\"") + 30);
        assertThat(recorded).doesNotContain(keyValue).doesNotContain(clusterKeys.linkSecret());
    }

    @Test
    void aDifferentMasterKeyIsRefused() {
        KeyProperties node = new KeyProperties(otherKeys().resolve("master-keyset.json"), clusterKeys.indexKeyFile(),
                clusterKeys.linkSecret(), clusterKeys.linkSecretFile(), false);

        assertThatThrownBy(() -> check(node)).isInstanceOf(KeySetupException.class)
                .hasMessageStartingWith("This node's master key (")
                .hasMessageContaining("is not the cluster's: copy master-keyset.json from a running node");
    }

    @Test
    void aDifferentIndexKeyIsRefused() {
        KeyProperties node = new KeyProperties(clusterKeys.masterKeyFile(), otherKeys().resolve("index-keyset.json"),
                clusterKeys.linkSecret(), clusterKeys.linkSecretFile(), false);

        assertThatThrownBy(() -> check(node)).isInstanceOf(KeySetupException.class)
                .hasMessageStartingWith("This node's index key (")
                .hasMessageContaining("is not the cluster's: copy index-keyset.json from a running node");
    }

    @Test
    void aDifferentLinkSecretIsRefused() {
        KeyProperties node = new KeyProperties(clusterKeys.masterKeyFile(), clusterKeys.indexKeyFile(),
                "a-secret-of-this-node-only", clusterKeys.linkSecretFile(), false);

        assertThatThrownBy(() -> check(node)).isInstanceOf(KeySetupException.class)
                .hasMessage("This node's link secret (LIFELINE_LINK_SECRET) is not the cluster's: give every node the same secret "
                        + "(copy link-secret from a running node), or customers' links signed on one node fail on another.");
    }

    @Test
    void aNodeStartedWithADifferentMasterKeyRefusesToStart() {
        Path otherMaster = otherKeys().resolve("master-keyset.json");

        assertThatThrownBy(() -> ClusterNodes.startOnDatabaseOf(context, "refusedNode",
                Map.of("lifeline.keys.master-key-file", otherMaster.toString(), "camunda.bpm.webapp.enabled", "false")).close())
                .rootCause().isInstanceOf(KeySetupException.class)
                .hasMessageStartingWith("This node's master key (" + otherMaster.toAbsolutePath() + ") is not the cluster's");
    }

    @Test
    void afterAMasterKeyRotationANodeNeedsTheRotatedKeyset() throws Exception {
        Path beforeRotation = Files.copy(clusterKeys.masterKeyFile(), temp.resolve("master-before.json"));
        KeyMaterial runningNode = new KeyMaterial(clusterKeys, true);

        rotation.rotate();
        String draft = crypto.sealDraft("sealed with the new primary key");

        // a running node sharing the key file re-reads it when it meets the new key
        assertThat(new CustomerCrypto(new FieldCipher(runningNode), erasureKeys, customerKeys, clock).openDraft(draft)).isEqualTo("sealed with the new primary key");
        assertThat(runningNode.masterKeyIds()).isEqualTo(keys.masterKeyIds());
        assertThat(jdbc.queryForObject("SELECT key_ids FROM cluster_key_check WHERE name = 'master'", String.class))
                .endsWith(Integer.toUnsignedString(keys.primaryMasterKeyId()));
        // a node (re)started from the file as it was before the rotation would not open the re-wrapped keys
        assertThatThrownBy(() -> check(withMaster(beforeRotation))).isInstanceOf(KeySetupException.class)
                .hasMessageContaining("lacks key " + Integer.toUnsignedString(keys.primaryMasterKeyId()))
                .hasMessageContaining("added by a key rotation on another node");
        assertThatCode(() -> check(clusterKeys)).doesNotThrowAnyException();
    }

    private void check(KeyProperties node) throws Exception {
        new ClusterKeyCheck(new KeyMaterial(node, true), erasureKeys, mapper).afterPropertiesSet();
    }

    private KeyProperties withMaster(Path masterFile) {
        return new KeyProperties(masterFile, clusterKeys.indexKeyFile(), clusterKeys.linkSecret(), clusterKeys.linkSecretFile(), false);
    }

    private Path otherKeys() {
        Path dir = temp.resolve("other-keys");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        assertThat(KeysCommand.run(new String[]{"keys", "init", "--out", dir.toString()}, quiet, quiet)).isZero();
        return dir;
    }
}
