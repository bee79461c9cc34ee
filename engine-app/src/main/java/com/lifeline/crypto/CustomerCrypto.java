package com.lifeline.crypto;

import com.google.crypto.tink.Aead;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Field encryption at rest (Tink AEAD, AES-256-GCM). Each customer has its own data key, wrapped
 * by the master key and by the customer's erasure key ({@link ErasureKeys}); destroying it makes all of
 * the customer's encrypted fields unreadable, also in backups.
 * Exact-match lookups use a keyed blind index (HMAC-SHA256) instead of decrypting rows.
 */
@Service
public class CustomerCrypto {

    private static final int CACHE_LIMIT = 10_000;

    private final FieldCipher cipher;
    private final ErasureKeys erasureKeys;
    private final CustomerKeyMapper mapper;
    private final Clock clock;
    private final Map<Long, Aead> openKeys = new ConcurrentHashMap<>();

    CustomerCrypto(FieldCipher cipher, ErasureKeys erasureKeys, CustomerKeyMapper mapper, Clock clock) {
        this.cipher = cipher;
        this.erasureKeys = erasureKeys;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** A fresh data key for a new customer: seal its fields with it, then {@link #store} it. */
    public DataKey newDataKey() {
        return cipher.newDataKey();
    }

    public void store(long customerId, DataKey key) {
        mapper.insert(customerId, erasureKeys.seal(customerId, key.wrapped()), clock.instant());
        remember(customerId, key.aead());
    }

    public DataKey keyOf(long customerId) {
        Aead cached = openKeys.get(customerId);
        if (cached != null) {
            return new DataKey(cached, null);
        }
        byte[] stored = mapper.find(customerId).orElseThrow(() -> new KeyDestroyedException(customerId));
        DataKey key = cipher.unwrap(erasureKeys.open(customerId, stored));
        remember(customerId, key.aead());
        return key;
    }

    /**
     * Crypto-shredding: without its key, none of the customer's encrypted data can be read again. The
     * stored key goes now; its erasure key once the transaction commits, and with it every copy of the
     * key in backups ({@link ErasureKeys}).
     */
    public void destroyKey(long customerId) {
        mapper.delete(customerId);
        openKeys.remove(customerId);
        erasureKeys.destroyAfterCommit(customerId);
    }

    public String seal(DataKey key, String field, String plaintext) {
        return cipher.seal(key, field, plaintext);
    }

    public String open(DataKey key, String field, String ciphertext) {
        return cipher.open(key, field, ciphertext);
    }

    /** Files (a signed consent letter) sealed with the customer's key, as bytes. */
    public byte[] sealBytes(DataKey key, String field, byte[] content) {
        return cipher.sealBytes(key, field, content);
    }

    public byte[] openBytes(DataKey key, String field, byte[] sealed) {
        return cipher.openBytes(key, field, sealed);
    }

    /** The blind index of a canonical value (E.164 phone, lower-case email); null stays null. */
    public String index(String canonical) {
        return cipher.index(canonical);
    }

    /** The blind index of a person's normalised name: exact matches only. */
    public String nameIndex(String nameKey) {
        return cipher.nameIndex(nameKey);
    }

    /** Entry drafts without a customer yet are sealed with the master key directly. */
    public String sealDraft(String payload) {
        return cipher.sealDraft(payload);
    }

    public String openDraft(String sealed) {
        return cipher.openDraft(sealed);
    }

    /** A data key as {@code customer_key} stores it. */
    Aead unwrap(long customerId, byte[] stored) {
        return cipher.unwrap(erasureKeys.open(customerId, stored)).aead();
    }

    byte[] rewrap(long customerId, byte[] stored) {
        return erasureKeys.seal(customerId, cipher.rewrap(erasureKeys.open(customerId, stored)));
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
