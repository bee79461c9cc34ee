package com.lifeline.change;

/**
 * One field's before and after. {@code sealed}: the field is encrypted in the store, so its log values
 * are too; {@code key}: the customer confirms it before it applies.
 */
public record FieldChange(String field, String before, String after, boolean sealed, boolean key) {
}
