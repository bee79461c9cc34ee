package com.lifeline.security;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

import java.util.List;
import java.util.Map;

/**
 * {@link PasswordRules} as Camunda's password policy, so every saveUser (admin webapp, REST, our API)
 * enforces it. The placeholder is the message itself: the webapps show unknown keys as they are.
 */
class LifelinePasswordPolicy implements PasswordPolicy {

    private static final List<PasswordPolicyRule> RULES = List.of(
            rule(PasswordRules.TOO_SHORT),
            rule(PasswordRules.TOO_LONG),
            rule(PasswordRules.TOO_COMMON),
            rule(PasswordRules.SAME_AS_USER));

    @Override
    public List<PasswordPolicyRule> getRules() {
        return RULES;
    }

    private static PasswordPolicyRule rule(String message) {
        return new PasswordPolicyRule() {
            @Override
            public String getPlaceholder() {
                return message;
            }

            @Override
            public Map<String, String> getParameters() {
                return Map.of();
            }

            @Override
            public boolean execute(String password) {
                return !PasswordRules.problems(null, password).contains(message);
            }

            @Override
            public boolean execute(String password, User user) {
                return !PasswordRules.problems(user == null ? null : user.getId(), password).contains(message);
            }
        };
    }
}
