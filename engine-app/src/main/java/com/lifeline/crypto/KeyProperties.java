package com.lifeline.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where the keys live: Tink keysets in JSON and the link secret, outside the repository and the
 * database. {@code keys init --out DIR} creates all three; on the embedded demo database missing
 * ones are generated, against an external database they must exist (unless {@code generateIfMissing}).
 *
 * @param masterKeyFile     AES-256-GCM keyset that wraps each customer's data key
 * @param indexKeyFile      HMAC-SHA256 keyset for blind indexes (exact-match search without decrypting)
 * @param linkSecret        HMAC key of customers' links as text; when blank, {@code linkSecretFile} holds it
 * @param linkSecretFile    the link secret, base64url
 * @param generateIfMissing generate missing keys even against an external database (one node only)
 */
@ConfigurationProperties("lifeline.keys")
public record KeyProperties(Path masterKeyFile, Path indexKeyFile, String linkSecret, Path linkSecretFile,
                            boolean generateIfMissing) {

    boolean linkSecretGiven() {
        return linkSecret != null && !linkSecret.isBlank();
    }
}
