package com.lifeline.org;

/**
 * A person's name as Chinese users write it: family name first, and no space between parts written
 * in CJK characters (李明, not "明 李"). Other names keep a space ("Li Ming"). The webapps use the
 * same rule (webjars/camunda/app/tasklist/scripts/person-name.js).
 */
public final class PersonName {

    private PersonName() {
    }

    /** @return the name to show, or an empty string when neither part is given */
    public static String display(String given, String family) {
        String g = given == null ? "" : given.strip();
        String f = family == null ? "" : family.strip();
        if (g.isEmpty() || f.isEmpty()) {
            return f.isEmpty() ? g : f;
        }
        return cjk(g) && cjk(f) ? f + g : f + " " + g;
    }

    /** Han, kana or hangul only; the middle dot joins the parts of transcribed names (阿依古丽·买买提). */
    static boolean cjk(String part) {
        return part.codePoints().allMatch(c -> c == '·' || c == '・' || switch (Character.UnicodeScript.of(c)) {
            case HAN, HIRAGANA, KATAKANA, HANGUL -> true;
            default -> false;
        });
    }
}
