package com.lifeline.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTest {

    @Test
    void refusesShortLongCommonAndUserIdWithClearMessages() {
        assertThat(PasswordRules.problems("sales1", "Ab1!xyz")).containsExactly(PasswordRules.TOO_SHORT);
        assertThat(PasswordRules.problems("sales1", "Kx9#".repeat(16) + "a")).containsExactly(PasswordRules.TOO_LONG);
        assertThat(PasswordRules.problems("sales1", "password123")).containsExactly(PasswordRules.TOO_COMMON);
        assertThat(PasswordRules.problems("sales1", "Password2026!")).containsExactly(PasswordRules.TOO_COMMON);
        assertThat(PasswordRules.problems("sales1", "woaini1314")).containsExactly(PasswordRules.TOO_COMMON);
        assertThat(PasswordRules.problems("longuser12", "LongUser12")).containsExactly(PasswordRules.SAME_AS_USER);
    }

    @Test
    void acceptsGoodPasswordsIncludingTheDemoOnes() {
        assertThat(PasswordRules.problems("sales1", "Demo-Pass-2026")).isEmpty();
        assertThat(PasswordRules.problems("admin", "Lifeline-Admin-2026")).isEmpty();
        assertThat(PasswordRules.problems("sales1", "Kx9#".repeat(16))).isEmpty();
        assertThat(PasswordRules.problems("sales1", "青山绿水常在-2026")).isEmpty();
    }
}
