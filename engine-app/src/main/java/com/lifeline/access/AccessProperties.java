package com.lifeline.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxDays               the longest access a request may ask for
 * @param reasonMinLength       a request's reason, in characters, at least …
 * @param reasonMaxLength       … and at most (access_grant.reason holds 500)
 * @param commentMaxLength      an approver's comment, in characters
 */
@ConfigurationProperties("lifeline.access")
public record AccessProperties(int maxDays, int reasonMinLength, int reasonMaxLength, int commentMaxLength) {

    static final int REASON_COLUMN = 500;
    /** A process variable's text holds 4000 characters. */
    static final int VARIABLE_TEXT = 4000;

    public AccessProperties {
        if (maxDays < 1) {
            throw new IllegalArgumentException("lifeline.access.max-days must be at least 1");
        }
        if (reasonMinLength < 1 || reasonMaxLength < reasonMinLength || reasonMaxLength > REASON_COLUMN) {
            throw new IllegalArgumentException("lifeline.access.reason-min-length / reason-max-length: 1 ≤ min ≤ max ≤ "
                    + REASON_COLUMN + " (access_grant.reason)");
        }
        if (commentMaxLength < 1 || commentMaxLength > VARIABLE_TEXT) {
            throw new IllegalArgumentException("lifeline.access.comment-max-length must be 1 to " + VARIABLE_TEXT);
        }
    }
}
