package com.lifeline.phone;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @Test
    void masksAsStaffExpect() {
        assertThat(Masking.phone("+8613812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone("+862162345678")).isEqualTo("021****5678");
        assertThat(Masking.email("zhang@example.com")).isEqualTo("z***@example.com");
        assertThat(Masking.personName("张三")).isEqualTo("张*");
        assertThat(Masking.personName("欧阳娜娜")).isEqualTo("欧阳**");
    }

    @Test
    void landlinesKeepTheirWholeAreaCodeMobilesTheirFirstThreeDigits() {
        assertThat(new PhoneNumbers("CN").canonical("010-62345671").map(Masking::phone)).contains("010****5671");
        assertThat(Masking.phone("+862162345678")).isEqualTo("021****5678");
        assertThat(Masking.phone("+8675582345678")).isEqualTo("0755****5678");
        assertThat(Masking.phone("+8613912345671")).isEqualTo("139****5671");
        assertThat(Masking.phone("+16502530000")).isEqualTo("+16****0000");
    }

    @Test
    void acceptsMobilesAndLandlinesWithAreaCodeOnly() {
        PhoneNumbers phones = new PhoneNumbers("CN");
        assertThat(phones.canonical("138 1234 5678")).contains("+8613812345678");
        assertThat(phones.canonical("021-62345678")).contains("+862162345678");
        assertThat(phones.canonical("+1 650 253 0000")).contains("+16502530000");
        assertThat(phones.canonical("62345678")).isEmpty();
        assertThat(phones.canonical("12345")).isEmpty();
    }
}
