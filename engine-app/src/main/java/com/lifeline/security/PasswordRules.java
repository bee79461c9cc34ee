package com.lifeline.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The password policy: 8 to 64 characters, not one of the shipped common passwords (also after
 * stripping leading/trailing digits and symbols, so "Password2026!" counts as "password"), and not
 * the user id. Each broken rule gives a message a user understands.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    public static final String TOO_SHORT = "密码至少需要 " + MIN_LENGTH + " 个字符";
    public static final String TOO_LONG = "密码最多 " + MAX_LENGTH + " 个字符";
    public static final String TOO_COMMON = "密码过于常见,容易被猜到,请换一个";
    public static final String SAME_AS_USER = "密码不能与用户名相同";

    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    /** Every rule the password breaks, as messages; empty when it is acceptable. */
    public static List<String> problems(String userId, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null) {
            problems.add(TOO_SHORT);
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add(TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            problems.add(TOO_LONG);
        }
        if (isCommon(password)) {
            problems.add(TOO_COMMON);
        }
        if (userId != null && password.equalsIgnoreCase(userId)) {
            problems.add(SAME_AS_USER);
        }
        return problems;
    }

    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return true;
        }
        String core = lower.replaceAll("^[^a-z]+|[^a-z]+$", "");
        return core.length() >= 4 && COMMON.contains(core);
    }

    private static Set<String> load() {
        try (InputStream in = PasswordRules.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the build");
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
