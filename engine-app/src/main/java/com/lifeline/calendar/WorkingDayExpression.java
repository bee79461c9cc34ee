package com.lifeline.calendar;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The due-date syntax designers write in the Modeler: {@code N working day(s)} in any case, or
 * {@code N个工作日}. Anything else is left to Camunda's own calendars. Public so the model rules
 * (ModelRulesTest) check models against the very syntax the engine accepts.
 */
public final class WorkingDayExpression {

    // four digits are decades of working days; a longer number is a typo better left to fail
    private static final Pattern SYNTAX = Pattern.compile(
            "(\\d{1,4})\\s*(?:working\\s+days?|个工作日)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private WorkingDayExpression() {
    }

    /** The number of working days, if the expression is a working-day one. */
    public static OptionalInt parse(String expression) {
        if (expression == null) {
            return OptionalInt.empty();
        }
        Matcher match = SYNTAX.matcher(expression.strip());
        return match.matches() ? OptionalInt.of(Integer.parseInt(match.group(1))) : OptionalInt.empty();
    }
}
