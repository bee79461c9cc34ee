package com.lifeline.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where the master keys live: Tink keysets in JSON, outside the repository. On the embedded demo
 * database missing files are generated; against an external database they must exist.
 *
 * @param masterKeyFile AES-256-GCM keyset that wraps each customer's data key
 * @param indexKeyFile  HMAC-SHA256 keyset for blind indexes (exact-match search without decrypting)
 */
@ConfigurationProperties("lifeline.keys")
public record KeyProperties(Path masterKeyFile, Path indexKeyFile, boolean generateIfMissing) {
}
