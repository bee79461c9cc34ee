package com.lifeline.org;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNameTest {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "明        | 李         | 李明",
            "' 伟 '    | 张         | 张伟",
            "古丽      | 阿依·买买提 | 阿依·买买提古丽",
            "Ming      | Li         | Li Ming",
            "Admin     | Lifeline   | Lifeline Admin",
            "明        | Li         | Li 明",
            "null      | 李         | 李",
            "明        | ''         | 明",
            "null      | null       | ''",
    })
    void familyNameFirstWithoutASpaceBetweenChineseParts(String given, String family, String shown) {
        assertThat(PersonName.display(given, family)).isEqualTo(shown);
    }
}
