package com.lifeline.handover;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param noteMaxLength the administrator's note on a handover, in characters */
@ConfigurationProperties("lifeline.handover")
public record HandoverProperties(int noteMaxLength) {

    /** A process variable's text holds 4000 characters. */
    static final int VARIABLE_TEXT = 4000;

    public HandoverProperties {
        if (noteMaxLength < 1 || noteMaxLength > VARIABLE_TEXT) {
            throw new IllegalArgumentException("lifeline.handover.note-max-length must be 1 to " + VARIABLE_TEXT);
        }
    }
}
