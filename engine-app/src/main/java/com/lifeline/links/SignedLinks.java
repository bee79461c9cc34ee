package com.lifeline.links;

import com.lifeline.crypto.KeyMaterial;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Tokens for customers' and contacts' links: purpose, a row id and expiry, signed with HMAC-SHA256.
 * A token carries no personal data; a forged, altered, expired one, or one of another purpose, is
 * refused. The key is the cluster's
 * link secret, so a link signed on one node opens on every other.
 */
@Component
public class SignedLinks {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;

    @Autowired
    SignedLinks(KeyMaterial keys) {
        this(keys.linkSecret());
    }

    SignedLinks(byte[] key) {
        this.key = key.clone();
    }

    public String sign(LinkPurpose purpose, long id, Instant expiresAt) {
        String body = purpose.code() + "." + id + "." + expiresAt.getEpochSecond();
        return ENCODER.encodeToString(body.getBytes(StandardCharsets.US_ASCII)) + "." + ENCODER.encodeToString(mac(body));
    }

    /** The link's id, if the token is genuine, of this purpose and not expired at {@code now}. */
    public Optional<Long> verify(LinkPurpose purpose, String token, Instant now) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            String body = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.US_ASCII);
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(body), signature)) {
                return Optional.empty();
            }
            String[] parts = body.split("\\.");
            if (parts.length != 3 || !parts[0].equals(purpose.code())
                    || now.isAfter(Instant.ofEpochSecond(Long.parseLong(parts[2])))) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(parts[1]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
