package com.lifeline.customer;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparison key for names in duplicate checks: full-width forms folded (NFKC), case and
 * white space ignored, bracket styles unified, so "上海某某科技（集团）有限公司 " and
 * "上海某某科技(集团)有限公司" match.
 */
public final class NameKeys {

    private NameKeys() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[\\s\\u3000]+", "")
                .replace('【', '(').replace('】', ')')
                .replace('[', '(').replace(']', ')');
    }
}
