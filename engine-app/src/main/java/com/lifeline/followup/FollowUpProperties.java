package com.lifeline.followup;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalTime;
import java.util.List;

/**
 * @param recorders        groups who may record follow-ups, on the customers they can see (service only adds notes)
 * @param contentMinLength what happened, in characters, at least … (the issue: 50)
 * @param contentMaxLength … and at most (a form's value passes through a process variable: 4000 at most)
 * @param textMaxLength    participants and the next action, in characters
 * @param reminderAt       the time of day the next action's reminder task opens, in {@code lifeline.zone}
 */
@ConfigurationProperties("lifeline.follow-up")
public record FollowUpProperties(List<String> recorders, int contentMinLength, int contentMaxLength, int textMaxLength,
                                 LocalTime reminderAt) {

    static final int VARIABLE_TEXT = 4000;

    public FollowUpProperties {
        recorders = recorders == null ? List.of() : List.copyOf(recorders);
        if (contentMinLength < 1 || contentMaxLength < contentMinLength || contentMaxLength > VARIABLE_TEXT) {
            throw new IllegalArgumentException("lifeline.follow-up.content-min-length / content-max-length: 1 ≤ min ≤ max ≤ "
                    + VARIABLE_TEXT);
        }
        if (textMaxLength < 1 || textMaxLength > VARIABLE_TEXT) {
            throw new IllegalArgumentException("lifeline.follow-up.text-max-length must be 1 to " + VARIABLE_TEXT);
        }
        if (reminderAt == null) {
            throw new IllegalArgumentException("lifeline.follow-up.reminder-at is required, e.g. 09:00");
        }
    }
}
