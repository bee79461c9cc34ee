package com.lifeline.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import com.lifeline.database.DatabaseProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

/** Loads (or, on the demo database, creates) the master and index keysets. */
@Component
class KeyMaterial {

    private static final Logger log = LoggerFactory.getLogger(KeyMaterial.class);

    private final KeyProperties properties;
    private final boolean generateIfMissing;
    private volatile KeysetHandle master;
    private volatile Aead masterAead;
    private final PrfSet index;

    KeyMaterial(KeyProperties properties, DatabaseProperties database) throws GeneralSecurityException {
        AeadConfig.register();
        PrfConfig.register();
        this.properties = properties;
        this.generateIfMissing = properties.generateIfMissing() || !database.external();
        this.master = load(properties.masterKeyFile(), PredefinedAeadParameters.AES256_GCM);
        this.masterAead = master.getPrimitive(RegistryConfiguration.get(), Aead.class);
        this.index = load(properties.indexKeyFile(), PredefinedPrfParameters.HMAC_SHA256_PRF)
                .getPrimitive(RegistryConfiguration.get(), PrfSet.class);
    }

    Aead master() {
        return masterAead;
    }

    PrfSet index() {
        return index;
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
        save(properties.masterKeyFile(), rotated);
        master = rotated;
        masterAead = rotated.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    int masterKeyCount() {
        return master.size();
    }

    private KeysetHandle load(Path file, Parameters parameters) throws GeneralSecurityException {
        try {
            if (Files.exists(file)) {
                return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
            }
            if (!generateIfMissing) {
                throw new IllegalStateException("Key file " + file + " is missing: create it (see docs/security.md) "
                        + "or point lifeline.keys.* at it");
            }
            KeysetHandle generated = KeysetHandle.generateNew(parameters);
            save(file, generated);
            log.warn("Generated a new key file {} for the embedded database: back it up with the data", file);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write key file " + file, e);
        }
    }

    private static void save(Path file, KeysetHandle keyset) throws GeneralSecurityException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "keyset", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write key file " + file, e);
        }
    }
}
