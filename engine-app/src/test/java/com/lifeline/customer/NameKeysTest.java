package com.lifeline.customer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeysTest {

    @Test
    void foldsWidthCaseSpacesAndBrackets() {
        assertThat(NameKeys.of(" 上海某某科技（集团） 有限公司 ")).isEqualTo(NameKeys.of("上海某某科技(集团)有限公司"));
        assertThat(NameKeys.of("ＡＢＣ Trading Co., Ltd.")).isEqualTo(NameKeys.of("abc trading co.,ltd."));
        assertThat(NameKeys.of("上海甲公司")).isNotEqualTo(NameKeys.of("上海乙公司"));
    }
}
