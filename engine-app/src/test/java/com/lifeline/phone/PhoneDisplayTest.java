package com.lifeline.phone;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneDisplayTest {

    @Test
    void showsNumbersAsPeopleWriteThem() {
        assertThat(PhoneNumbers.display("+8613912345001")).isEqualTo("139 1234 5001");
        assertThat(PhoneNumbers.display("+861062345671")).isEqualTo("010-6234 5671");
        assertThat(PhoneNumbers.display("+862162345678")).isEqualTo("021-6234 5678");
        assertThat(PhoneNumbers.display("+8657188123456")).isEqualTo("0571-8812 3456");
        assertThat(PhoneNumbers.display("+16502530000")).isEqualTo("+1 650-253-0000");
    }

    @Test
    void leavesMaskedAndMissingNumbersAlone() {
        assertThat(PhoneNumbers.display("138****5678")).isEqualTo("138****5678");
        assertThat(PhoneNumbers.display("")).isEmpty();
        assertThat(PhoneNumbers.display(null)).isNull();
    }
}
