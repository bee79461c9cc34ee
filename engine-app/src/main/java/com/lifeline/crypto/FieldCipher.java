package com.lifeline.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.lifeline.crypto.CustomerCrypto.DataKey;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The key files' side of field encryption (Tink AEAD, AES-256-GCM; HMAC blind indexes): wrapping data
 * keys, sealing and opening fields. It needs no database, so a Flyway Java migration can seal rows
 * with it while the schema is still being migrated; {@link CustomerCrypto} adds the stored keys.
 */
@Component
public class FieldCipher {

    private static final byte[] KEY_CONTEXT = "lifeline customer data key".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DRAFT_CONTEXT = "lifeline entry draft".getBytes(StandardCharsets.UTF_8);
    private static final String NAME_INDEX_PREFIX = "name:";

    private final KeyMaterial keys;

    FieldCipher(KeyMaterial keys) {
        this.keys = keys;
    }

    DataKey newDataKey() {
        try {
            KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            return new DataKey(handle.getPrimitive(RegistryConfiguration.get(), Aead.class),
                    TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, keys.master(), KEY_CONTEXT));
        } catch (GeneralSecurityException e) {
            throw new CryptoException("could not create a data key", e);
        }
    }

    /** Opens a data key as stored in {@code customer_key.wrapped_key}. */
    public DataKey unwrap(byte[] wrapped) {
        try {
            return new DataKey(TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, keys.master(), KEY_CONTEXT)
                    .getPrimitive(RegistryConfiguration.get(), Aead.class), wrapped);
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

    /** A file sealed like a field: bound to {@code field}, readable only with the customer's key. */
    public byte[] sealBytes(DataKey key, String field, byte[] content) {
        try {
            return key.aead().encrypt(content, field.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new CryptoException("could not encrypt " + field, e);
        }
    }

    public byte[] openBytes(DataKey key, String field, byte[] sealed) {
        try {
            return key.aead().decrypt(sealed, field.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
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

    /** The blind index of a person's normalised name ({@code NameKeys}): exact matches only. */
    public String nameIndex(String nameKey) {
        return nameKey == null || nameKey.isEmpty() ? null : index(NAME_INDEX_PREFIX + nameKey);
    }

    String sealDraft(String payload) {
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
}
