package com.lifeline.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import com.lifeline.database.DatabaseProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Loads (or, on the demo database, creates) the master and index keysets and the link secret.
 * Whether they are the cluster's own is checked by {@link ClusterKeyCheck}.
 */
@Component
public class KeyMaterial {

    private static final Logger log = LoggerFactory.getLogger(KeyMaterial.class);

    private final KeyProperties properties;
    private final boolean external;
    private final boolean generateIfMissing;
    private final Aead masterReloadingOnFailure = new ReloadingMasterAead();
    private volatile KeysetHandle master;
    private volatile Aead masterAead;
    private volatile String masterFileText;
    private final PrfSet index;
    private final byte[] linkSecret;

    @Autowired
    KeyMaterial(KeyProperties properties, DatabaseProperties database) throws GeneralSecurityException {
        this(properties, database.external());
    }

    KeyMaterial(KeyProperties properties, boolean external) throws GeneralSecurityException {
        AeadConfig.register();
        PrfConfig.register();
        this.properties = properties;
        this.external = external;
        this.generateIfMissing = properties.generateIfMissing() || !external;
        this.master = load(properties.masterKeyFile(), PredefinedAeadParameters.AES256_GCM);
        this.masterAead = master.getPrimitive(RegistryConfiguration.get(), Aead.class);
        this.masterFileText = KeyFiles.readText(properties.masterKeyFile());
        this.index = load(properties.indexKeyFile(), PredefinedPrfParameters.HMAC_SHA256_PRF)
                .getPrimitive(RegistryConfiguration.get(), PrfSet.class);
        this.linkSecret = loadLinkSecret();
    }

    /**
     * The master key. A decryption that fails re-reads the key file first if it changed: another node
     * may have rotated the key into a file this node shares.
     */
    Aead master() {
        return masterReloadingOnFailure;
    }

    PrfSet index() {
        return index;
    }

    /** The HMAC key of customers' links. */
    public byte[] linkSecret() {
        return linkSecret.clone();
    }

    KeyProperties properties() {
        return properties;
    }

    List<Integer> masterKeyIds() {
        return idsOf(master);
    }

    int primaryMasterKeyId() {
        return master.getPrimary().getId();
    }

    /**
     * Adds a new primary key to the master keyset and saves it. Older keys stay in the set, so data
     * keys wrapped with them still open while they are re-wrapped: no downtime.
     */
    synchronized void addPrimaryMasterKey() throws GeneralSecurityException {
        KeysetHandle rotated = KeysetHandle.newBuilder(master)
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                        .withRandomId().makePrimary())
                .build();
        KeyFiles.replace(properties.masterKeyFile(), KeyFiles.json(rotated));
        useMaster(rotated);
    }

    int masterKeyCount() {
        return master.size();
    }

    /** @return whether the master key file had changed and now holds every key this node had, and more */
    synchronized boolean reloadMasterIfChanged() throws GeneralSecurityException {
        String text = KeyFiles.readText(properties.masterKeyFile());
        if (text.equals(masterFileText)) {
            return false;
        }
        KeysetHandle fromFile = KeyFiles.parseKeyset(text);
        List<Integer> before = masterKeyIds();
        masterFileText = text;
        if (fromFile.size() <= before.size() || !idsOf(fromFile).containsAll(before)) {
            log.warn("{} changed but does not add keys to the ones in use; keeping those", properties.masterKeyFile());
            return false;
        }
        useMaster(fromFile);
        log.info("Master keyset re-read from {}: {} keys (rotated on another node)", properties.masterKeyFile(), fromFile.size());
        return true;
    }

    private void useMaster(KeysetHandle keyset) throws GeneralSecurityException {
        masterAead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        master = keyset;
        masterFileText = KeyFiles.readText(properties.masterKeyFile());
    }

    private KeysetHandle load(Path file, Parameters parameters) throws GeneralSecurityException {
        if (Files.exists(file)) {
            return KeyFiles.readKeyset(file);
        }
        requireGenerationAllowed(file);
        KeysetHandle generated = KeysetHandle.generateNew(parameters);
        KeyFiles.createNew(file, KeyFiles.json(generated));
        logGenerated(file);
        return generated;
    }

    private byte[] loadLinkSecret() {
        if (properties.linkSecretGiven()) {
            return properties.linkSecret().getBytes(StandardCharsets.UTF_8);
        }
        Path file = properties.linkSecretFile();
        if (Files.exists(file)) {
            return KeyFiles.readLinkSecret(file);
        }
        requireGenerationAllowed(file);
        String generated = KeyFiles.newLinkSecret();
        KeyFiles.createNew(file, generated);
        logGenerated(file);
        return Base64.getUrlDecoder().decode(generated);
    }

    void requireGenerationAllowed(Path file) {
        if (!generateIfMissing) {
            throw new KeySetupException("Key file " + file.toAbsolutePath() + " is missing: create the keys once with "
                    + "`java -jar engine-app.jar keys init --out DIR`, copy DIR to every node and set LIFELINE_KEYS_DIR=DIR.");
        }
    }

    void logGenerated(Path file) {
        if (external) {
            log.warn("Generated a new key file {} (LIFELINE_GENERATE_KEYS): copy it to every other node before "
                    + "starting them, and back it up apart from the database", file.toAbsolutePath());
        } else {
            log.warn("Generated a new key file {} for the embedded database: back it up with the data", file.toAbsolutePath());
        }
    }

    private static List<Integer> idsOf(KeysetHandle keyset) {
        return IntStream.range(0, keyset.size()).mapToObj(i -> keyset.getAt(i).getId()).toList();
    }

    /** Encrypts with the primary key in use; decrypts after re-reading a rotated key file if need be. */
    private final class ReloadingMasterAead implements Aead {

        @Override
        public byte[] encrypt(byte[] plaintext, byte[] associatedData) throws GeneralSecurityException {
            return masterAead.encrypt(plaintext, associatedData);
        }

        @Override
        public byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
            Aead current = masterAead;
            try {
                return current.decrypt(ciphertext, associatedData);
            } catch (GeneralSecurityException e) {
                if (reloadMasterIfChanged() || masterAead != current) {
                    return masterAead.decrypt(ciphertext, associatedData);
                }
                throw e;
            }
        }
    }
}
