package com.lifeline.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Field encryption at rest (Tink AEAD, AES-256-GCM). Each customer has its own data key, wrapped
 * by the master key; deleting that key makes all of the customer's encrypted fields unreadable.
 * Exact-match lookups use a keyed blind index (HMAC-SHA256) instead of decrypting rows.
 */
@Service
public class CustomerCrypto {

    private static final byte[] KEY_CONTEXT = "lifeline customer data key".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DRAFT_CONTEXT = "lifeline entry draft".getBytes(StandardCharsets.UTF_8);
    private static final int CACHE_LIMIT = 10_000;

    private final KeyMaterial keys;
    private final CustomerKeyMapper mapper;
    private final Clock clock;
    private final Map<Long, Aead> openKeys = new ConcurrentHashMap<>();

    CustomerCrypto(KeyMaterial keys, CustomerKeyMapper mapper, Clock clock) {
        this.keys = keys;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** A fresh data key for a new customer: seal its fields with it, then {@link #store} it. */
    public DataKey newDataKey() {
        try {
            KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            return new DataKey(handle.getPrimitive(RegistryConfiguration.get(), Aead.class),
                    TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, keys.master(), KEY_CONTEXT));
        } catch (GeneralSecurityException e) {
            throw new CryptoException("could not create a data key", e);
        }
    }

    public void store(long customerId, DataKey key) {
        mapper.insert(customerId, key.wrapped(), clock.instant());
        remember(customerId, key.aead());
    }

    public DataKey keyOf(long customerId) {
        Aead cached = openKeys.get(customerId);
        if (cached != null) {
            return new DataKey(cached, null);
        }
        byte[] wrapped = mapper.find(customerId).orElseThrow(() -> new KeyDestroyedException(customerId));
        Aead aead = unwrap(wrapped);
        remember(customerId, aead);
        return new DataKey(aead, wrapped);
    }

    /** Crypto-shredding: without its key, none of the customer's encrypted data can be read again. */
    public void destroyKey(long customerId) {
        mapper.delete(customerId);
        openKeys.remove(customerId);
    }

    public String seal(DataKey key, String field, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] sealed = key.aead().encrypt(plaintext.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("could not encrypt " + field, e);
        }
    }

    public String open(DataKey key, String field, String ciphertext) {
        if (ciphertext == null) {
            return null;
        }
        try {
            byte[] plain = key.aead().decrypt(Base64.getDecoder().decode(ciphertext), field.getBytes(StandardCharsets.UTF_8));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CryptoException("could not decrypt " + field, e);
        }
    }

    /** The blind index of a canonical value (E.164 phone, lower-case email); null stays null. */
    public String index(String canonical) {
        if (canonical == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(keys.index().computePrimary(canonical.getBytes(StandardCharsets.UTF_8), 32));
        } catch (GeneralSecurityException e) {
            throw new CryptoException("could not compute a blind index", e);
        }
    }

    /** Entry drafts have no customer yet: they are sealed with the master key directly. */
    public String sealDraft(String payload) {
        try {
            return Base64.getEncoder().encodeToString(keys.master().encrypt(payload.getBytes(StandardCharsets.UTF_8), DRAFT_CONTEXT));
        } catch (GeneralSecurityException e) {
            throw new CryptoException("could not encrypt an entry draft", e);
        }
    }

    public String openDraft(String sealed) {
        try {
            return new String(keys.master().decrypt(Base64.getDecoder().decode(sealed), DRAFT_CONTEXT), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CryptoException("could not decrypt an entry draft", e);
        }
    }

    Aead unwrap(byte[] wrapped) {
        try {
            return TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, keys.master(), KEY_CONTEXT)
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("could not unwrap a customer data key", e);
        }
    }

    byte[] rewrap(byte[] wrapped) {
        try {
            KeysetHandle handle = TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, keys.master(), KEY_CONTEXT);
            return TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, keys.master(), KEY_CONTEXT);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("could not re-wrap a customer data key", e);
        }
    }

    private void remember(long customerId, Aead aead) {
        if (openKeys.size() >= CACHE_LIMIT) {
            openKeys.clear();
        }
        openKeys.put(customerId, aead);
    }

    /** An open data key; {@code wrapped} is what is stored (null when it came from the cache). */
    public record DataKey(Aead aead, byte[] wrapped) {
    }
}
