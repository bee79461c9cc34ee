package com.lifeline.links;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static com.lifeline.links.LinkPurpose.CHANGE_CONFIRMATION;
import static com.lifeline.links.LinkPurpose.CUSTOMER_CONFIRMATION;
import static org.assertj.core.api.Assertions.assertThat;

class SignedLinksTest {

    private final SignedLinks links = new SignedLinks("unit-test-secret".getBytes(StandardCharsets.UTF_8));
    private final Instant now = Instant.parse("2026-11-26T00:00:00Z");

    @Test
    void aGenuineLinkGivesItsId() {
        String token = links.sign(CUSTOMER_CONFIRMATION, 42, now.plusSeconds(60));

        assertThat(links.verify(CUSTOMER_CONFIRMATION, token, now)).contains(42L);
    }

    @Test
    void anExpiredLinkIsRefused() {
        String token = links.sign(CUSTOMER_CONFIRMATION, 42, now.minusSeconds(1));

        assertThat(links.verify(CUSTOMER_CONFIRMATION, token, now)).isEmpty();
    }

    @Test
    void aLinkOfOnePurposeNeverOpensAnother() {
        String confirmation = links.sign(CUSTOMER_CONFIRMATION, 42, now.plusSeconds(60));

        for (LinkPurpose other : LinkPurpose.values()) {
            if (other != CUSTOMER_CONFIRMATION) {
                assertThat(links.verify(other, confirmation, now)).as(other.name()).isEmpty();
            }
        }
        assertThat(links.verify(CHANGE_CONFIRMATION, links.sign(CHANGE_CONFIRMATION, 42, now.plusSeconds(60)), now))
                .contains(42L);
    }

    @Test
    void anAlteredOrForeignLinkIsRefused() {
        String token = links.sign(CUSTOMER_CONFIRMATION, 42, now.plusSeconds(60));
        String otherId = links.sign(CUSTOMER_CONFIRMATION, 43, now.plusSeconds(60));
        String forged = otherId.substring(0, otherId.indexOf('.')) + token.substring(token.indexOf('.'));
        SignedLinks otherKey = new SignedLinks("another-secret".getBytes(StandardCharsets.UTF_8));

        assertThat(links.verify(CUSTOMER_CONFIRMATION, forged, now)).isEmpty();
        assertThat(otherKey.verify(CUSTOMER_CONFIRMATION, token, now)).isEmpty();
        assertThat(links.verify(CUSTOMER_CONFIRMATION, "garbage", now)).isEmpty();
        assertThat(links.verify(CUSTOMER_CONFIRMATION, "a.b.c", now)).isEmpty();
    }
}
