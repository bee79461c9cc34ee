package com.lifeline.verification;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LinkSignerTest {

    private final LinkSigner signer = new LinkSigner("unit-test-secret".getBytes(StandardCharsets.UTF_8));
    private final Instant now = Instant.parse("2026-11-26T00:00:00Z");

    @Test
    void aGenuineLinkGivesItsConfirmationId() {
        String token = signer.sign(42, now.plusSeconds(60));

        assertThat(signer.verify(token, now)).contains(42L);
    }

    @Test
    void anExpiredLinkIsRefused() {
        String token = signer.sign(42, now.minusSeconds(1));

        assertThat(signer.verify(token, now)).isEmpty();
    }

    @Test
    void anAlteredOrForeignLinkIsRefused() {
        String token = signer.sign(42, now.plusSeconds(60));
        String otherId = signer.sign(43, now.plusSeconds(60));
        String forged = otherId.substring(0, otherId.indexOf('.')) + token.substring(token.indexOf('.'));
        LinkSigner otherKey = new LinkSigner("another-secret".getBytes(StandardCharsets.UTF_8));

        assertThat(signer.verify(forged, now)).isEmpty();
        assertThat(otherKey.verify(token, now)).isEmpty();
        assertThat(signer.verify("garbage", now)).isEmpty();
        assertThat(signer.verify("a.b.c", now)).isEmpty();
    }
}
