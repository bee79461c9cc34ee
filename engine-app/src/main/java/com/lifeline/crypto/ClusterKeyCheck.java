package com.lifeline.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Nodes sharing a database must share its keys: a node with keys of its own would write data the
 * others cannot read, and sign customers' links the others refuse. The first node to start records
 * a check value per key ({@code cluster_key_check}); every node compares its own at start-up and
 * refuses to start on a difference. Check values are derived from the keys and reveal nothing of them.
 */
@Component
class ClusterKeyCheck implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ClusterKeyCheck.class);

    static final String MASTER = "master";
    static final String INDEX = "index";
    static final String LINK = "link";
    static final String ERASURE = "erasure";
    private static final byte[] CHECK_INPUT = "lifeline cluster key check".getBytes(StandardCharsets.UTF_8);

    private final KeyMaterial keys;
    private final ErasureKeys erasureKeys;
    private final ClusterKeyMapper mapper;

    ClusterKeyCheck(KeyMaterial keys, ErasureKeys erasureKeys, ClusterKeyMapper mapper) {
        this.keys = keys;
        this.erasureKeys = erasureKeys;
        this.mapper = mapper;
    }

    /** Runs while the context starts, before the job executor, Quartz or the web server do. */
    @Override
    public void afterPropertiesSet() throws GeneralSecurityException {
        verifyMaster();
        verifyIndex();
        verifyLink();
        verifyErasure();
        log.info("This node's keys are the cluster's ({} master keys)", keys.masterKeyIds().size());
    }

    /** After a rotation on this node: later nodes must hold the new key too. */
    void recordMasterKeys() throws GeneralSecurityException {
        mapper.update(MASTER, masterCheckValue(), join(keys.masterKeyIds()));
    }

    private void verifyMaster() throws GeneralSecurityException {
        ClusterKeyMapper.Recorded recorded = recordFirst(MASTER, masterCheckValue(), join(keys.masterKeyIds()));
        String file = keys.properties().masterKeyFile().toAbsolutePath().toString();
        List<Integer> clusterIds = split(recorded.keyIds());
        List<Integer> missing = new ArrayList<>(clusterIds);
        missing.removeAll(keys.masterKeyIds());
        boolean sharesNoKey = missing.size() == clusterIds.size();
        if (!sharesNoKey && !missing.isEmpty()) {
            throw new KeySetupException("This node's master keyset (" + file + ") lacks key " + join(missing)
                    + ", added by a key rotation on another node: copy master-keyset.json from a running node to this node and start it again.");
        }
        if (sharesNoKey || !opensMasterCheck(recorded.checkValue())) {
            throw new KeySetupException("This node's master key (" + file + ") is not the cluster's: copy "
                    + "master-keyset.json from a running node (or the folder `keys init` made) to this node and start it again.");
        }
        if (!clusterIds.contains(keys.primaryMasterKeyId())) {
            throw new KeySetupException("This node's master keyset (" + file + ") has a primary key (" + keys.primaryMasterKeyId()
                    + ") the other nodes lack: use the cluster's master-keyset.json and rotate only with POST /api/admin/keys/rotate-master.");
        }
    }

    private void verifyIndex() throws GeneralSecurityException {
        String own = HexFormat.of().formatHex(keys.index().computePrimary(CHECK_INPUT, 16));
        if (!recordFirst(INDEX, own, null).checkValue().equals(own)) {
            throw new KeySetupException("This node's index key (" + keys.properties().indexKeyFile().toAbsolutePath()
                    + ") is not the cluster's: copy index-keyset.json from a running node to this node and start it again.");
        }
    }

    private void verifyLink() throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(keys.linkSecret(), "HmacSHA256"));
        String own = HexFormat.of().formatHex(mac.doFinal(CHECK_INPUT));
        if (!recordFirst(LINK, own, null).checkValue().equals(own)) {
            String source = keys.properties().linkSecretGiven() ? "LIFELINE_LINK_SECRET"
                    : keys.properties().linkSecretFile().toAbsolutePath().toString();
            throw new KeySetupException("This node's link secret (" + source + ") is not the cluster's: give every node "
                    + "the same secret (copy link-secret from a running node), or customers' links signed on one node fail on another.");
        }
    }

    private void verifyErasure() throws GeneralSecurityException {
        String own = erasureKeys.checkValue();
        if (!recordFirst(ERASURE, own, null).checkValue().equals(own)) {
            throw new KeySetupException("This node's erasure keys (" + erasureKeys.file().toAbsolutePath()
                    + ") are not the cluster's: copy erasure-keys.txt from a running node to this node and start it again.");
        }
    }

    private ClusterKeyMapper.Recorded recordFirst(String name, String checkValue, String keyIds) {
        mapper.insertIfAbsent(name, checkValue, keyIds);
        return mapper.find(name);
    }

    private String masterCheckValue() throws GeneralSecurityException {
        return Base64.getEncoder().encodeToString(keys.master().encrypt(CHECK_INPUT, CHECK_INPUT));
    }

    private boolean opensMasterCheck(String checkValue) {
        try {
            return Arrays.equals(keys.master().decrypt(Base64.getDecoder().decode(checkValue), CHECK_INPUT), CHECK_INPUT);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String join(List<Integer> ids) {
        return ids.stream().map(Integer::toUnsignedString).collect(Collectors.joining(","));
    }

    private static List<Integer> split(String ids) {
        return Arrays.stream(ids.split(",")).map(Integer::parseUnsignedInt).toList();
    }
}
