package com.lifeline.crypto;

import com.lifeline.clock.EngineClock;
import com.lifeline.database.DatabaseProperties;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

class CustomerCryptoPropertiesTest {

    private static final Path DIR = tempDir();
    private static final KeyMaterial KEYS = keys();
    private static final FieldCipher CIPHER = new FieldCipher(KEYS);
    private static final CustomerCrypto CRYPTO = new CustomerCrypto(CIPHER,
            new ErasureKeys(KEYS, DIR.resolve("erasure-keys.txt")), mock(CustomerKeyMapper.class),
            new EngineClock(ZoneId.of("Asia/Shanghai")));

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("keys");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyMaterial keys() {
        try {
            return new KeyMaterial(new KeyProperties(DIR.resolve("master.json"), DIR.resolve("index.json"), null,
                    DIR.resolve("link-secret"), true),
                    new DatabaseProperties(null, null, null, null, null, 1));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 200)
    void sealedValuesOpenToTheSameTextAndNeverShowIt(@ForAll @StringLength(min = 1, max = 300) String plaintext) {
        CustomerCrypto.DataKey key = CRYPTO.newDataKey();

        String sealed = CRYPTO.seal(key, "contact.phone", plaintext);

        assertThat(CRYPTO.open(key, "contact.phone", sealed)).isEqualTo(plaintext);
        assertThat(sealed).isNotEqualTo(plaintext).doesNotContain(plaintext.length() > 3 ? plaintext : "\u0000");
    }

    @Property(tries = 50)
    void anotherCustomersKeyOrFieldCannotOpenIt(@ForAll @StringLength(min = 1, max = 50) String plaintext) {
        CustomerCrypto.DataKey mine = CRYPTO.newDataKey();
        CustomerCrypto.DataKey theirs = CRYPTO.newDataKey();
        String sealed = CRYPTO.seal(mine, "customer.email", plaintext);

        assertThatThrownBy(() -> CRYPTO.open(theirs, "customer.email", sealed)).isInstanceOf(CryptoException.class);
        assertThatThrownBy(() -> CRYPTO.open(mine, "customer.phone", sealed)).isInstanceOf(CryptoException.class);
    }

    @Property(tries = 100)
    void blindIndexesMatchExactlyEqualValuesOnly(@ForAll @StringLength(min = 1, max = 40) String a,
                                                 @ForAll @StringLength(min = 1, max = 40) String b) {
        assertThat(CRYPTO.index(a)).isEqualTo(CRYPTO.index(a)).hasSize(64).isNotEqualTo(a);
        assertThat(CRYPTO.index(a).equals(CRYPTO.index(b))).isEqualTo(a.equals(b));
    }

    @Property(tries = 50)
    void aWrappedDataKeyOpensOnlyWithTheMasterKey(@ForAll @StringLength(min = 1, max = 50) String plaintext) {
        CustomerCrypto.DataKey key = CRYPTO.newDataKey();
        String sealed = CRYPTO.seal(key, "consent.evidence", plaintext);

        CustomerCrypto.DataKey reopened = new CustomerCrypto.DataKey(CIPHER.unwrap(key.wrapped()).aead(), key.wrapped());

        assertThat(CRYPTO.open(reopened, "consent.evidence", sealed)).isEqualTo(plaintext);
        assertThat(CRYPTO.openDraft(CRYPTO.sealDraft(plaintext))).isEqualTo(plaintext);
    }
}
