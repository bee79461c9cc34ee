package com.lifeline.entry;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Map;

/**
 * @param regions        region codes that prefix customer numbers (SH → SH2026001), with labels
 * @param lateAfter      an entry later than this after first contact is counted as late
 * @param phoneRegion    the country assumed for numbers typed without +country code
 * @param contacts       how many emergency contacts one entry brings
 * @param reviewCommentMaxLength the supervisor's review comment, in characters
 */
@ConfigurationProperties("lifeline.entry")
public record EntryProperties(Map<String, String> regions, Duration lateAfter, String phoneRegion, Contacts contacts,
                              int reviewCommentMaxLength) {

    /** A process variable's text holds 4000 characters. */
    static final int VARIABLE_TEXT = 4000;

    public EntryProperties {
        if (contacts == null) {
            throw new IllegalArgumentException("lifeline.entry.contacts.min and .max are required");
        }
        if (reviewCommentMaxLength < 1 || reviewCommentMaxLength > VARIABLE_TEXT) {
            throw new IllegalArgumentException("lifeline.entry.review-comment-max-length must be 1 to " + VARIABLE_TEXT);
        }
    }

    /** DOMAIN.md: never fewer than two (a primary and a backup). */
    public record Contacts(int min, int max) {

        public Contacts {
            if (min < 2 || max < min) {
                throw new IllegalArgumentException("lifeline.entry.contacts: min at least 2 (a primary and a backup), max at least min");
            }
        }
    }
}
