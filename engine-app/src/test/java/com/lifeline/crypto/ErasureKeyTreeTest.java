package com.lifeline.crypto;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Destroying one id's key leaves every other id's key as it was, in the tree and in its file. */
class ErasureKeyTreeTest {

    @Property(tries = 100)
    void destroyingOneKeyKeepsEveryOtherAndNeverComesBack(@ForAll @LongRange(min = 1, max = ErasureKeyTree.MAX_ID - 1) long erased,
                                                          @ForAll @LongRange(min = 1, max = ErasureKeyTree.MAX_ID - 1) long other) {
        ErasureKeyTree tree = ErasureKeyTree.generate();
        byte[] before = tree.keyOf(other).orElseThrow();

        assertThat(tree.destroy(erased)).isTrue();

        assertThat(tree.keyOf(erased)).isEmpty();
        assertThat(tree.destroy(erased)).isFalse();
        if (other != erased) {
            assertThat(tree.keyOf(other)).hasValue(before);
        }
        ErasureKeyTree reread = ErasureKeyTree.parse(tree.format());
        assertThat(reread.keyOf(erased)).isEmpty();
        if (other != erased) {
            assertThat(reread.keyOf(other)).hasValue(before);
        }
    }

    @Test
    void eachDestructionAddsAboutOneNodePerLevel() {
        ErasureKeyTree tree = ErasureKeyTree.generate();
        for (long id = 1; id <= 100; id++) {
            tree.destroy(id * 7919);
        }
        assertThat(tree.size()).isLessThanOrEqualTo(100 * ErasureKeyTree.DEPTH);
        assertThat(tree.keyOf(7919 * 3)).isEmpty();
        assertThat(tree.keyOf(7919 * 3 + 1)).isPresent();
    }

    @Test
    void idsOutsideTheTreeAreRefusedAndAForeignFileIsNotRead() {
        ErasureKeyTree tree = ErasureKeyTree.generate();
        assertThatThrownBy(() -> tree.keyOf(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.keyOf(ErasureKeyTree.MAX_ID + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ErasureKeyTree.parse("{\"primaryKeyId\": 1}")).isInstanceOf(CryptoException.class);
    }
}
